import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROUTE_COMMENTS_EN, type RouteComments } from '../../src/features/snippets/comments.ts';
import { nodeRoute } from '../../src/features/snippets/routes/node.ts';
import { pythonRoute } from '../../src/features/snippets/routes/python.ts';
import { requestRules } from '../../src/features/snippets/routes/requestRules.ts';
import type { RouteProgram } from '../../src/features/snippets/routes/route.ts';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { decodeToken } from '../../src/token/decode.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { tempDir } from '../support/run.ts';
import { freePort, serve, type Served } from '../support/serve.ts';
import { twilioNodeToken } from '../support/twilioOracle.ts';
import { describeWith, NODE, probe, PYTHON_FLASK, type ToolStatus } from '../support/tools.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS, type SnippetConfigName } from './configs.ts';

/**
 * Runs the Node.js route (Express, a dev dependency) and the Python route (Debian's python3-flask
 * and python3-twilio, where installed) as real HTTP servers, for every configuration, and asks
 * them for tokens over HTTP:
 * - a good request answers 200, JSON, `Cache-Control: no-store`, `{ identity, token }`;
 * - the Node route's token is byte for byte twilio-node's for the same input, signed at the
 *   token's own `iat` (twilio-node's `jti` is `<key>-<iat>`, so nothing else varies);
 * - the Python route's token (twilio-python writes no `iat`, HS256 only) has the oracle's header
 *   and claims apart from the times and `jti`, a lifetime of the TTL, and a valid signature;
 * - a missing, empty, repeated, too long or control-character identity, and a too long room,
 *   answer 400 with a JSON error, and the longest identity the form takes, counted in
 *   characters, is accepted.
 */

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const ENV = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_API_KEY: API_KEY_SID,
  TWILIO_API_SECRET: API_KEY_SECRET,
};

interface Runner {
  readonly route: RouteProgram;
  readonly tool: ToolStatus;
  readonly start: (file: string, cwd: string, port: number) => Promise<Served>;
  /** Byte for byte twilio-node's; otherwise the claims apart from times and `jti`. */
  readonly exact: boolean;
}

const RUNNERS: readonly Runner[] = [
  {
    route: nodeRoute,
    tool: await probe(NODE),
    exact: true,
    start: (file, cwd, port) =>
      serve(process.execPath, [file], {
        cwd,
        port,
        // NODE_PATH lets require('express') and require('twilio') find our dev dependencies.
        env: { ...ENV, NODE_PATH: NODE_MODULES, PORT: String(port) },
      }),
  },
  {
    route: pythonRoute,
    tool: await probe(PYTHON_FLASK),
    exact: false,
    start: (file, cwd, port) =>
      serve(
        PYTHON_FLASK.command,
        ['-m', 'flask', '--app', file.replace(/\.py$/, ''), 'run', '--port', String(port)],
        { cwd, port, env: ENV },
      ),
  },
];

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const COMMENTS: Readonly<Record<'en' | 'ja', RouteComments>> = {
  en: ROUTE_COMMENTS_EN,
  ja: { ...japaneseCode.comments, ...japaneseCode.routes.comments },
};

/** The query that asks for the configuration's own token. */
function goodQuery(input: SnippetInput): URLSearchParams {
  const query = new URLSearchParams({ identity: input.identity });
  const room = input.grants.video?.room;
  if (room) query.set('room', room);
  return query;
}

async function get(served: Served, query: string) {
  const response = await fetch(`${served.base}/token?${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    cache: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/**
 * twilio-node's token for `input`, with its two clock readings fixed: the first (for `jti`) at
 * `jtiSeconds`, the one jsonwebtoken makes (for `iat` and `exp`) at `iatSeconds`. A route that
 * signs across a second boundary reads two different seconds, and so must the oracle.
 */
function oracleAt(input: SnippetInput, jtiSeconds: number, iatSeconds = jtiSeconds): string {
  const now = vi
    .spyOn(Date, 'now')
    .mockReturnValueOnce(jtiSeconds * 1000)
    .mockReturnValue(iatSeconds * 1000);
  try {
    return twilioNodeToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      ...input,
    });
  } finally {
    now.mockRestore();
  }
}

async function checkToken(runner: Runner, input: SnippetInput, jwt: string, start: number) {
  const end = Math.floor(Date.now() / 1000);
  const theirs = decodeToken(jwt);
  if (runner.exact) {
    const iat = theirs.payload.iat as number;
    const jti = Number(String(theirs.payload.jti).slice(API_KEY_SID.length + 1));
    expect(jti).toBeGreaterThanOrEqual(start);
    expect(iat).toBeGreaterThanOrEqual(jti);
    expect(iat).toBeLessThanOrEqual(end);
    expect(jwt).toBe(oracleAt(input, jti, iat));
    return;
  }
  await compactVerify(jwt, new TextEncoder().encode(API_KEY_SECRET));
  const oracle = decodeToken(oracleAt({ ...input, algorithm: 'HS256' }, start));
  expect(theirs.header).toEqual(oracle.header);
  const { grants, iss, sub } = theirs.payload;
  expect({ grants, iss, sub }).toEqual({
    grants: oracle.payload.grants,
    iss: oracle.payload.iss,
    sub: oracle.payload.sub,
  });
  expect(theirs.payload.jti).toMatch(new RegExp(`^${API_KEY_SID}-\\d+$`));
  const exp = theirs.payload.exp as number;
  expect(exp).toBeGreaterThanOrEqual(start + input.ttl);
  expect(exp).toBeLessThanOrEqual(end + input.ttl);
  if (input.nbf !== undefined) expect(theirs.payload.nbf).toBe(input.nbf);
}

const cases = CONFIG_NAMES.flatMap((config) =>
  (['en', 'ja'] as const).map((language) => ({ config, language })),
);

for (const runner of RUNNERS) {
  describeWith(
    runner.tool,
    `the ${runner.route.name} server route, run`,
    () => {
      it.for(cases)('serves the form’s token: $config, $language comments', async (item) => {
        await check(runner, item.config, item.language);
      });
    },
    { concurrent: true },
  );
}

async function check(runner: Runner, config: SnippetConfigName, language: 'en' | 'ja') {
  const input: SnippetInput = SNIPPET_CONFIGS[config];
  const rules = requestRules(input.grants);
  const folder = join(dir.path, `${runner.route.id}-${config}-${language}`);
  await import('node:fs/promises').then(({ mkdir }) => mkdir(folder));
  const file = join(folder, runner.route.filename);
  await writeFile(file, runner.route.code(input, COMMENTS[language]));
  const served = await runner.start(runner.route.filename, folder, await freePort());
  try {
    const start = Math.floor(Date.now() / 1000);
    const good = await get(served, goodQuery(input).toString());
    expect({ status: good.status, cache: good.cache }, served.output()).toEqual({
      status: 200,
      cache: 'no-store',
    });
    expect(good.type).toMatch(/^application\/json/);
    expect(Object.keys(good.body).sort()).toEqual(['identity', 'token']);
    expect(good.body.identity).toBe(input.identity);
    await checkToken(runner, input, String(good.body.token), start);

    // The longest identity the form takes, in characters outside the BMP, is still accepted.
    const longest = new URLSearchParams({ identity: '🦊'.repeat(rules.identityMax) });
    const accepted = await get(served, longest.toString());
    expect(accepted.status).toBe(200);
    expect(accepted.body.identity).toBe('🦊'.repeat(rules.identityMax));

    const refused = [
      '',
      'identity=',
      `identity=${'a'.repeat(rules.identityMax + 1)}`,
      'identity=ali%09ce',
      'identity=a%C2%85',
      'identity=alice&identity=bob',
      ...(rules.room ? [`identity=alice&room=${'r'.repeat(rules.room.max + 1)}`] : []),
      ...(rules.room ? ['identity=alice&room=a%00b'] : []),
    ];
    for (const query of refused) {
      const answer = await get(served, query);
      expect({ query, status: answer.status, cache: answer.cache }).toEqual({
        query,
        status: 400,
        cache: 'no-store',
      });
      expect(answer.type).toMatch(/^application\/json/);
      expect(Object.keys(answer.body)).toEqual(['error']);
      expect(answer.body.error).toMatch(/^(identity|room) /);
    }
  } finally {
    await served.stop();
  }
}

describe('the routes’ request rules follow the form’s', () => {
  it('takes Video’s limit where the token has a Video grant, else the longest any product takes', () => {
    expect(requestRules({ video: {} })).toEqual({ identityMax: 128, room: { max: 128 } });
    expect(requestRules({ sync: {} })).toEqual({ identityMax: 256, room: undefined });
    expect(requestRules({})).toEqual({ identityMax: 256, room: undefined });
  });
});
