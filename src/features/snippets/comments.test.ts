import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeToken } from '../../token/decode.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../token/testing/fixtures.ts';
import { SNIPPET_COMMENTS_EN, SNIPPET_COMMENTS_JA, type SnippetComments } from './comments.ts';
import { SNIPPETS } from './index.ts';
import { goSnippet } from './languages/go.ts';
import { nodeSnippet } from './languages/node.ts';
import { phpSnippet } from './languages/php.ts';
import { pythonSnippet } from './languages/python.ts';
import { rubySnippet } from './languages/ruby.ts';
import type { Snippet } from './snippet.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS, type SnippetConfigName } from './testing/configs.ts';
import { requireTool, run, tempDir } from './testing/run.ts';

/**
 * The Japanese comments change nothing but the comments: swapped back, the code is the English
 * code, and the interpreters that check the English code (syntax.test.ts, runtime.test.ts)
 * accept the Japanese one too, non-ASCII comments and all.
 */
// Each test starts real processes; on a busy machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const PYTHON = '/usr/bin/python3';
const NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const ENV = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_API_KEY: API_KEY_SID,
  TWILIO_API_SECRET: API_KEY_SECRET,
};

const KEYS = Object.keys(SNIPPET_COMMENTS_EN) as (keyof SnippetComments)[];

function toEnglish(code: string): string {
  return KEYS.reduce(
    (text, key) => text.replaceAll(SNIPPET_COMMENTS_JA[key], SNIPPET_COMMENTS_EN[key]),
    code,
  );
}

describe('the Japanese snippet comments', () => {
  it.each(SNIPPETS)('change only the comments of the $name code', (snippet) => {
    for (const config of CONFIG_NAMES) {
      const input = SNIPPET_CONFIGS[config];
      const code = snippet.code(input, SNIPPET_COMMENTS_JA);
      expect(code).toContain(SNIPPET_COMMENTS_JA.credentials);
      expect(code).not.toContain(SNIPPET_COMMENTS_EN.credentials);
      expect(toEnglish(code)).toBe(snippet.code(input, SNIPPET_COMMENTS_EN));
    }
  });

  it('include the HS256 and twilio-go notes where the English ones go', () => {
    expect(pythonSnippet.code(SNIPPET_CONFIGS['short-hs384'], SNIPPET_COMMENTS_JA)).toContain(
      SNIPPET_COMMENTS_JA.hs256Only,
    );
    expect(goSnippet.code(SNIPPET_CONFIGS['short-hs384'], SNIPPET_COMMENTS_JA)).toContain(
      SNIPPET_COMMENTS_JA.goShortTtl,
    );
  });
});

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

async function writeJapanese(config: SnippetConfigName, snippet: Snippet) {
  const file = join(dir.path, `ja-${config}-${snippet.filename}`);
  await writeFile(file, snippet.code(SNIPPET_CONFIGS[config], SNIPPET_COMMENTS_JA));
  return file;
}

describe.concurrent('code with Japanese comments', () => {
  it.for(CONFIG_NAMES)('php -l %s', async (config, { expect }) => {
    await requireTool('php', ['--version'], 'php-cli');
    const { stdout } = await run('php', ['-l', await writeJapanese(config, phpSnippet)]);
    expect(stdout).toContain('No syntax errors detected');
  });

  it.for(CONFIG_NAMES)('ruby -c %s', async (config, { expect }) => {
    await requireTool('ruby', ['--version'], 'ruby');
    const { stdout } = await run('ruby', ['-c', await writeJapanese(config, rubySnippet)]);
    expect(stdout).toContain('Syntax OK');
  });

  it.for(CONFIG_NAMES)('runs in Node.js: %s', async (config, { expect }) => {
    const file = await writeJapanese(config, nodeSnippet);
    const { stdout } = await run(process.execPath, [file], { ...ENV, NODE_PATH: NODE_MODULES });
    const jwt = stdout.trim();
    await compactVerify(jwt, new TextEncoder().encode(API_KEY_SECRET));
    expect(decodeToken(jwt).payload.iss).toBe(API_KEY_SID);
  });

  it.for(CONFIG_NAMES)('runs in Python: %s', async (config, { expect }) => {
    await requireTool(PYTHON, ['-c', 'import twilio'], 'python3-twilio');
    const { stdout } = await run(PYTHON, [await writeJapanese(config, pythonSnippet)], ENV);
    const jwt = stdout.trim();
    await compactVerify(jwt, new TextEncoder().encode(API_KEY_SECRET));
    expect(decodeToken(jwt).payload.sub).toBe(ACCOUNT_SID);
  });
});
