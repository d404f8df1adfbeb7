import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTE_COMMENTS_EN, type RouteComments } from '../../src/features/snippets/comments.ts';
import { edgeRoute } from '../../src/features/snippets/routes/edge.ts';
import { requestRules } from '../../src/features/snippets/routes/requestRules.ts';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, FROZEN_NOW_MS } from '../support/fixtures.ts';
import { twilioNodeToken } from '../support/twilioOracle.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS, type SnippetConfigName } from './configs.ts';

/**
 * The edge program, imported as the module it is (its text written to a temporary .mjs, with
 * `jose` pointed at ours), then called as Cloudflare Workers call it: `fetch(request, env)`. With
 * the clock frozen, each token must be twilio-node's `AccessToken.toJwt()` byte for byte, for
 * every configuration, algorithm included; bad requests must answer 400 as the server routes do.
 */

interface Worker {
  fetch(request: Request, env: Readonly<Record<string, string>>): Promise<Response>;
}

const ENV = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_API_KEY: API_KEY_SID,
  TWILIO_API_SECRET: API_KEY_SECRET,
};

const COMMENTS: Readonly<Record<'en' | 'ja', RouteComments>> = {
  en: ROUTE_COMMENTS_EN,
  ja: { ...japaneseCode.comments, ...japaneseCode.routes.comments },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'access-token-lab-edge-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FROZEN_NOW_MS);
});
afterEach(() => {
  vi.useRealTimers();
});

async function load(config: SnippetConfigName, language: 'en' | 'ja'): Promise<Worker> {
  const source = edgeRoute.code(SNIPPET_CONFIGS[config], COMMENTS[language]);
  // A module in a temporary folder finds no node_modules: point its one import at ours.
  const file = join(dir, `${config}-${language}.mjs`);
  await writeFile(file, source.replace("from 'jose'", `from '${import.meta.resolve('jose')}'`));
  const module = (await import(pathToFileURL(file).href)) as { default: Worker };
  return module.default;
}

function ask(worker: Worker, query: string) {
  return worker.fetch(new Request(`https://tokens.example.com/token?${query}`), ENV);
}

function goodQuery(input: SnippetInput): string {
  const query = new URLSearchParams({ identity: input.identity });
  const room = input.grants.video?.room;
  if (room) query.set('room', room);
  return query.toString();
}

const cases = CONFIG_NAMES.flatMap((config) =>
  (['en', 'ja'] as const).map((language) => ({ config, language })),
);

describe('the edge program, called as a Worker', () => {
  it.for(cases)('makes twilio-node’s token: $config, $language comments', async (item) => {
    const input: SnippetInput = SNIPPET_CONFIGS[item.config];
    const worker = await load(item.config, item.language);
    const response = await ask(worker, goodQuery(input));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      identity: input.identity,
      token: twilioNodeToken({
        accountSid: ACCOUNT_SID,
        apiKeySid: API_KEY_SID,
        apiKeySecret: API_KEY_SECRET,
        ...input,
      }),
    });
  });

  it('gives any room, or the one asked for, with a Video grant', async () => {
    const worker = await load('short-hs384', 'en');
    const oracle = (room?: string) =>
      twilioNodeToken({
        accountSid: ACCOUNT_SID,
        apiKeySid: API_KEY_SID,
        apiKeySecret: API_KEY_SECRET,
        ...SNIPPET_CONFIGS['short-hs384'],
        grants: { video: room === undefined ? {} : { room } },
      });
    for (const [query, room] of [
      ['identity=alice', undefined],
      ['identity=alice&room=', undefined],
      ['identity=alice&room=%E4%BC%9A%E8%AD%B0', '会議'],
    ] as const) {
      const body = (await (await ask(worker, query)).json()) as { token: string };
      expect(body.token).toBe(oracle(room));
    }
  });

  it.for(CONFIG_NAMES)('refuses what the form would refuse, with a 400: %s', async (config) => {
    const rules = requestRules(SNIPPET_CONFIGS[config].grants);
    const worker = await load(config, 'en');
    const longest = await ask(
      worker,
      `identity=${encodeURIComponent('🦊'.repeat(rules.identityMax))}`,
    );
    expect(longest.status).toBe(200);
    const refused = [
      '',
      'identity=',
      `identity=${'a'.repeat(rules.identityMax + 1)}`,
      'identity=ali%09ce',
      'identity=a%C2%85',
      'identity=alice&identity=bob',
      ...(rules.room ? [`identity=alice&room=${'r'.repeat(rules.room.max + 1)}`] : []),
    ];
    for (const query of refused) {
      const response = await ask(worker, query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatch(/^(identity|room) /);
    }
  });
});

describe('the edge program, read', () => {
  // Importing it above is what shows it parses, as a module.
  it.for(cases)('imports jose alone, and uses nothing from Node.js: $config, $language', (item) => {
    const source = edgeRoute.code(SNIPPET_CONFIGS[item.config], COMMENTS[item.language]);
    expect(source.match(/\bimport\b.*$/gm)).toEqual(["import { CompactSign } from 'jose';"]);
    expect(source).not.toMatch(/\b(require|process|Buffer)\b|node:/);
  });
});
