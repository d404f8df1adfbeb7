import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { decodeToken, type DecodedToken } from '../../src/token/decode.ts';
import { grantsPayload } from '../../src/token/grants/index.ts';
import { SNIPPET_COMMENTS_EN, type SnippetComments } from '../../src/features/snippets/comments.ts';
import { nodeSnippet } from '../../src/features/snippets/languages/node.ts';
import { pythonSnippet } from '../../src/features/snippets/languages/python.ts';
import type { Snippet } from '../../src/features/snippets/snippet.ts';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { run, tempDir } from '../support/run.ts';
import { describeWith, NODE, probe, PYTHON_TWILIO, type ToolStatus } from '../support/tools.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS, type SnippetConfigName } from './configs.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';

/**
 * Runs the Node.js snippet against the `twilio` devDependency (always) and the Python snippet
 * against Debian's python3-twilio (where it is installed; see tools.ts), for every configuration
 * with English and with Japanese comments, then holds each printed token against our own for the
 * same input. The hostile configurations make this the test of `__proto__` keys and of numbers
 * past 2^53 and int64.
 *
 * What is compared, and why not everything:
 * - header `alg`, `typ`, `cty`, `twr`, and `grants`, `iss`, `sub`: exactly, except that
 *   twilio-python cannot sign with anything but HS256 (its snippet says so in a comment).
 * - the lifetime: twilio-node writes `iat`, so `exp - iat` must equal the TTL. twilio-python
 *   writes no `iat` and reads the clock separately for `jti` and `exp`, so its `exp` is checked
 *   against the window in which the program ran.
 * - `nbf`: given, it must be the input's. Not given, twilio-node writes none (like our token),
 *   while twilio-python writes the current time, which must fall inside that window.
 * - the signature: verified with the API Key Secret the program read from the environment.
 */

// Each test starts real processes; on a busy machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const ENV = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_API_KEY: API_KEY_SID,
  TWILIO_API_SECRET: API_KEY_SECRET,
};

interface Runner {
  readonly snippet: Snippet;
  readonly command: string;
  /** Whether the runner's interpreter and library are here; Node's always are. */
  readonly tool: ToolStatus;
  /** HS256 only: the algorithm the library signs with, whatever was asked. */
  readonly fixedAlgorithm?: 'HS256';
  /** Writes `nbf` as the current time when none is given. */
  readonly defaultsNbfToNow: boolean;
  readonly writesIat: boolean;
  readonly env: Readonly<Record<string, string>>;
}

const RUNNERS: readonly Runner[] = [
  {
    snippet: nodeSnippet,
    command: process.execPath,
    tool: await probe(NODE),
    defaultsNbfToNow: false,
    writesIat: true,
    // The snippet is written to a temporary folder; NODE_PATH lets its require('twilio') find ours.
    env: { ...ENV, NODE_PATH: NODE_MODULES },
  },
  {
    snippet: pythonSnippet,
    command: PYTHON_TWILIO.command,
    tool: await probe(PYTHON_TWILIO),
    fixedAlgorithm: 'HS256',
    defaultsNbfToNow: true,
    writesIat: false,
    env: ENV,
  },
];

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function runSnippet(
  runner: Runner,
  name: string,
  input: SnippetInput,
  comments: SnippetComments,
) {
  const file = join(dir.path, `${name}-${runner.snippet.filename}`);
  await writeFile(file, runner.snippet.code(input, comments));
  const start = nowSeconds();
  const { stdout } = await run(runner.command, [file], runner.env);
  return { jwt: stdout.trim(), start, end: nowSeconds() };
}

async function ourToken(input: SnippetInput, issuedAt: number): Promise<DecodedToken> {
  const { jwt } = await createAccessToken({
    accountSid: ACCOUNT_SID,
    apiKeySid: API_KEY_SID,
    apiKeySecret: API_KEY_SECRET,
    ...input,
    clock: () => issuedAt * 1000,
  });
  return decodeToken(jwt);
}

const headerFields = ({ header }: DecodedToken) => ({
  alg: header.alg,
  typ: header.typ,
  cty: header.cty,
  twr: header.twr,
});

const claimFields = ({ payload }: DecodedToken) => ({
  grants: payload.grants,
  iss: payload.iss,
  sub: payload.sub,
});

const COMMENTS = { en: SNIPPET_COMMENTS_EN, ja: japaneseCode.comments } as const;

// A program with placeholders makes a token our core would refuse (`YOUR_SERVICE_SID` is no
// SID): it is run on its own below.
const cases = CONFIG_NAMES.filter((config) => config !== 'placeholders').flatMap((config) =>
  (['en', 'ja'] as const).map((language) => ({ config, language })),
);

for (const runner of RUNNERS) {
  describeWith(
    runner.tool,
    `the ${runner.snippet.name} snippet, run`,
    () => {
      it.for(cases)('builds the same token as ours: $config, $language comments', check(runner));

      it('runs with placeholders, which reach the token as written', async () => {
        const input = SNIPPET_CONFIGS.placeholders;
        const { jwt } = await runSnippet(runner, 'placeholders', input, SNIPPET_COMMENTS_EN);
        await compactVerify(jwt, new TextEncoder().encode(API_KEY_SECRET));
        expect(decodeToken(jwt).payload.grants).toEqual(
          grantsPayload(input.identity, input.grants),
        );
        expect(jwt).not.toContain(API_KEY_SECRET);
      });
    },
    { concurrent: true },
  );
}

function check(runner: Runner) {
  return async (
    { config, language }: { config: SnippetConfigName; language: keyof typeof COMMENTS },
    { expect }: { expect: typeof import('vitest').expect },
  ) => {
    const input: SnippetInput = SNIPPET_CONFIGS[config];
    const name = `${config}-${language}`;
    const { jwt, start, end } = await runSnippet(runner, name, input, COMMENTS[language]);
    const theirs = decodeToken(jwt);
    const ours = await ourToken(input, start);

    await compactVerify(jwt, new TextEncoder().encode(API_KEY_SECRET));
    expect(headerFields(theirs)).toEqual({
      ...headerFields(ours),
      alg: runner.fixedAlgorithm ?? input.algorithm,
    });
    expect(claimFields(theirs)).toEqual(claimFields(ours));
    expect(theirs.payload.jti).toMatch(new RegExp(`^${API_KEY_SID}-\\d+$`));

    const { exp, iat, nbf } = theirs.payload as { exp: number; iat?: number; nbf?: number };
    expect(exp).toBeGreaterThanOrEqual(start + input.ttl);
    expect(exp).toBeLessThanOrEqual(end + input.ttl);
    if (runner.writesIat) {
      expect(exp - (iat ?? Number.NaN)).toBe(input.ttl);
    } else {
      expect(iat).toBeUndefined();
    }
    if (input.nbf !== undefined) {
      expect(nbf).toBe(input.nbf);
    } else if (runner.defaultsNbfToNow) {
      expect(nbf).toBeGreaterThanOrEqual(start);
      expect(nbf).toBeLessThanOrEqual(end);
    } else {
      expect(nbf).toBeUndefined();
    }
  };
}

describe('where a library cannot follow the page', () => {
  it('says so in the Python snippet when the page asks for another algorithm', () => {
    const code = pythonSnippet.code(SNIPPET_CONFIGS['short-hs384']);
    expect(code).toContain(SNIPPET_COMMENTS_EN.hs256Only);
    expect(code).toContain('print(token.to_jwt())');
  });

  it('passes the algorithm to twilio-node, which can sign with it', () => {
    const code = nodeSnippet.code(SNIPPET_CONFIGS['short-hs384']);
    expect(code).toContain("console.log(token.toJwt('HS384'));");
    expect(code).not.toContain(SNIPPET_COMMENTS_EN.hs256Only);
  });
});
