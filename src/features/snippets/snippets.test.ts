import { describe, expect, it } from 'vitest';
import { API_KEY_SECRET } from '../../../test/support/fixtures.ts';
import type { SnippetComments } from './comments.ts';
import { SNIPPETS } from './index.ts';
import { goSnippet } from './languages/go.ts';
import { nodeSnippet } from './languages/node.ts';
import type { SnippetInput } from './snippetInput.ts';
import { CREDENTIAL_ENV } from './snippetInput.ts';
import { snippetGrants } from './snippetGrants.ts';
import { chatGrant } from '../../token/grants/chat.ts';
import { playbackGrant } from '../../token/grants/playback.ts';
import { videoGrant } from '../../token/grants/video.ts';
import { voiceGrant } from '../../token/grants/voice.ts';
import { SNIPPET_CONFIGS } from '../../../test/snippets/configs.ts';

const ALL_GRANTS = SNIPPET_CONFIGS['all-grants'];

describe('SNIPPETS', () => {
  it('lists the seven languages in tab order', () => {
    expect(SNIPPETS.map((snippet) => snippet.name)).toEqual([
      'Node.js',
      'Python',
      'Java',
      'C#',
      'PHP',
      'Ruby',
      'Go',
    ]);
    expect(new Set(SNIPPETS.map((snippet) => snippet.id)).size).toBe(SNIPPETS.length);
  });

  it.each(SNIPPETS)('$name reads the credentials from the environment only', (snippet) => {
    const code = snippet.code({ ...ALL_GRANTS, identity: API_KEY_SECRET });
    for (const name of CREDENTIAL_ENV) expect(code).toContain(name);
    // The identity is printed once; a secret would have been printed as well.
    expect(code.split(API_KEY_SECRET)).toHaveLength(2);
  });

  it.each(SNIPPETS)('$name names a version of its library to install', (snippet) => {
    expect(snippet.install).toMatch(/[@:= ~^]v?\d+(\.\d+)*['"]?$|[<>=]\d+/);
  });

  it('gives Java a Gradle dependency with the coordinate and a full version', () => {
    const java = SNIPPETS.find((snippet) => snippet.id === 'java');
    expect(java?.install).toMatch(/^implementation "com\.twilio\.sdk:twilio:\d+\.\d+\.\d+"$/);
  });

  it('passes twilio-java 10.8+ the secret as bytes, as its builder takes it', () => {
    const java = SNIPPETS.find((snippet) => snippet.id === 'java');
    expect(java?.code(ALL_GRANTS)).toContain(
      'System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))',
    );
  });

  it.each(SNIPPETS)('$name adds the grants in GRANT_ORDER', (snippet) => {
    const code = snippet.code(ALL_GRANTS);
    const classes = [
      'VideoGrant',
      'VoiceGrant',
      'ChatGrant',
      'SyncGrant',
      'TaskRouterGrant',
      'PlaybackGrant',
    ];
    // A class's last mention is where its grant is built; imports may be sorted differently.
    const positions = classes.map((name) => code.lastIndexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each(SNIPPETS)('$name takes its comments from the messages passed in', (snippet) => {
    const comments: SnippetComments = {
      credentials: '認証情報は環境変数から読みます。',
      hs256Only: 'このライブラリは HS256 でのみ署名します。',
      goShortTtl: 'twilio-go は 1 時間未満の TTL を 3600 秒に引き上げます。',
    };
    const code = snippet.code(SNIPPET_CONFIGS['short-hs384'], comments);
    expect(code).toContain(comments.credentials);
    expect(code).not.toContain('Reads your credentials');
  });
});

describe('snippetGrants', () => {
  it('drops empty options, as the token does', () => {
    const grants = snippetGrants({
      video: { room: '' },
      chat: { serviceSid: '', endpointId: 'web-1' },
      voice: { incomingAllow: false, outgoingApplicationParams: { To: 'bob' } },
    });
    expect(grants).toEqual([
      { grant: videoGrant, options: [] },
      { grant: voiceGrant, options: [] },
      {
        grant: chatGrant,
        options: [{ kind: 'text', option: chatGrant.options.endpointId, value: 'web-1' }],
      },
    ]);
  });

  it('gives an absent Playback grant as {}, which the token carries', () => {
    expect(snippetGrants({ playback: {} })).toEqual([
      {
        grant: playbackGrant,
        options: [{ kind: 'json', option: playbackGrant.options.grant, value: {} }],
      },
    ]);
  });

  it('leaves out empty option values from the generated code', () => {
    const input: SnippetInput = {
      identity: 'alice',
      ttl: 3600,
      algorithm: 'HS256',
      grants: { video: { room: '' }, sync: { serviceSid: '', endpointId: 'sync-1' } },
    };
    const code = nodeSnippet.code(input);
    expect(code).toContain('token.addGrant(new VideoGrant());');
    expect(code).toContain("token.addGrant(new SyncGrant({ endpointId: 'sync-1' }));");
  });
});

describe('the Go snippet and twilio-go’s one-hour floor', () => {
  const input = (ttl: number): SnippetInput => ({ ...SNIPPET_CONFIGS['video-room'], ttl });

  it('passes a TTL of an hour or more as Ttl', () => {
    expect(goSnippet.code(input(3600))).toContain('Ttl:           3600,');
    expect(goSnippet.code(input(3600))).not.toContain('ValidUntil');
  });

  it('sets a shorter lifetime as ValidUntil, which the library does not raise', () => {
    const code = goSnippet.code(input(600));
    expect(code).toContain('validUntil := float64(time.Now().Unix() + 600)');
    expect(code).toContain('ValidUntil:    validUntil,');
    expect(code).not.toContain('Ttl:');
  });
});
