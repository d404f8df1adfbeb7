import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../createAccessToken.ts';
import { decodeToken } from '../decode.ts';
import { finding, type Finding } from '../diagnose/findings.ts';
import { buildReport, type ReportToken, type ReportWords } from './buildReport.ts';
import { removeAll, shortenSids } from './redact.ts';

const ACCOUNT_SID = 'AC0123456789abcdef0123456789ab1a2b';
const API_KEY_SID = 'SKfedcba9876543210fedcba987650c3d4';
const SECRET = 'n0tAR3alS3cr3tJustF0rT3st1ng0000';
const NOW = 1_767_225_600;

/** Words that show where each part goes, so the layout is what this test reads. */
const words: ReportWords = {
  title: 'Report',
  intro: ({ shortenSids, maskIdentity, at }) =>
    `At ${at}; short ${String(shortenSids)}; masked ${String(maskIdentity)}.`,
  header: 'Header',
  payload: 'Payload',
  diagnosis: 'Diagnosis',
  noProblems: 'No problems.',
  lifetime: 'Lifetime',
  madeBy: 'Made by',
  maskedIdentity: '[masked]',
  severity: { error: 'Error', warning: 'Warning', note: 'Note' },
  twilioError: (code) => `Twilio error ${String(code)}`,
  describeFinding: (item: Finding) =>
    item.code === 'identityNotVoiceSafe'
      ? `character “${item.params.character}”\nat ${String(item.params.position)}`
      : item.code,
  describeTimes: ({ lifetime }) => `lives ${String(lifetime?.seconds)} s`,
  verdict: ({ verdict, library }) => `${verdict} ${String(library)}`,
};

async function token(identity = 'alice', findings: Finding[] = []): Promise<ReportToken> {
  const { jwt } = await createAccessToken({
    accountSid: ACCOUNT_SID,
    apiKeySid: API_KEY_SID,
    apiKeySecret: SECRET,
    identity,
    ttl: 3600,
    grants: { video: { room: 'r1' } },
    clock: () => NOW * 1000,
  });
  const decoded = decodeToken(jwt);
  return {
    header: decoded.header,
    payload: decoded.payload,
    signature: decoded.segments.signature,
    findings,
  };
}

describe('buildReport', () => {
  it('writes header and payload as JSON, the diagnosis, the lifetime, SIDs shortened', async () => {
    const item = await token('alice', [
      finding('expired', { exp: NOW, now: NOW + 180, secondsAgo: 180 }),
    ]);
    const report = buildReport([item], words, { shortenSids: true, maskIdentity: false, now: NOW });
    expect(report).toBe(
      [
        '## Report',
        '',
        'At 2026-01-01T00:00:00Z; short true; masked false.',
        '',
        '### Header',
        '',
        '```json',
        '{\n  "alg": "HS256",\n  "typ": "JWT",\n  "cty": "twilio-fpa;v=1"\n}',
        '```',
        '',
        '### Payload',
        '',
        '```json',
        `{\n  "jti": "SK…c3d4-${String(NOW)}",\n  "grants": {\n    "identity": "alice",\n    "video": {\n      "room": "r1"\n    }\n  },\n  "iat": ${String(NOW)},\n  "exp": ${String(NOW + 3600)},\n  "iss": "SK…c3d4",\n  "sub": "AC…1a2b"\n}`,
        '```',
        '',
        '### Diagnosis',
        '',
        '- **Error** (Twilio error 20104): expired',
        '',
        '### Lifetime',
        '',
        'lives 3600 s',
        '',
      ].join('\n'),
    );
    expect(report).not.toContain(item.signature);
  });

  it('keeps whole SIDs when asked, and says “no problems” when only notes are found', async () => {
    const report = buildReport([await token()], words, {
      shortenSids: false,
      maskIdentity: false,
      now: NOW,
    });
    expect(report).toContain(`"sub": "${ACCOUNT_SID}"`);
    expect(report).toContain('- No problems.');
  });

  it('masks the identity in grants, as a value elsewhere, and in the finding that quotes it', async () => {
    const item = await token('agent 7', [
      finding('identityNotVoiceSafe', { position: 6, character: ' ' }),
    ]);
    const payload = { ...item.payload, who: 'agent 7', 'agent 7': 1 };
    const report = buildReport([{ ...item, payload }], words, {
      shortenSids: true,
      maskIdentity: true,
      now: NOW,
    });
    expect(report).toContain('"identity": "[masked]"');
    expect(report).toContain('"who": "[masked]"');
    // A key is a name, not the identity's value: it stays, so the JSON still reads.
    expect(report).toContain('"agent 7": 1');
    expect(report).toContain('character “•” at 6');
  });

  it('heads each of two tokens, and fences JSON that holds backticks so nothing closes early', async () => {
    const item = await token();
    const odd = { ...item, payload: { ...item.payload, note: '```` end' }, heading: 'Second' };
    const report = buildReport([{ ...item, heading: 'First' }, odd], words, {
      shortenSids: true,
      maskIdentity: false,
      now: NOW,
    });
    expect(report).toContain('### First\n\n#### Header');
    expect(report).toContain('### Second\n\n#### Header');
    expect(report).toContain('`````json\n{');
  });

  it('removes a secret that a claim or a header field carries, and the signature', async () => {
    const item = await token();
    const leaky = {
      ...item,
      header: { ...item.header, kid: SECRET },
      payload: { ...item.payload, sig: item.signature },
    };
    const report = buildReport([leaky], words, {
      shortenSids: true,
      maskIdentity: false,
      now: NOW,
      secrets: [SECRET],
    });
    expect(report).not.toContain(SECRET);
    expect(report).not.toContain(item.signature);
    expect(report).toContain('"kid": "[removed]"');
  });
});

describe('redaction', () => {
  it('shortens any SID-shaped text to its prefix and last four characters', () => {
    expect(shortenSids(`${ACCOUNT_SID}-1 XX0123456789abcdef0123456789abcdefg`)).toBe(
      'AC…1a2b-1 XX0123456789abcdef0123456789abcdefg',
    );
  });

  it('removes every occurrence, and leaves strings too short to be a secret', () => {
    expect(removeAll('abcdabcdefghefgh', ['abcdefgh'])).toBe('abcd[removed]efgh');
    expect(removeAll('short', ['short'])).toBe('short');
  });
});
