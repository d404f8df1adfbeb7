import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SNIPPETS } from './index.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from './testing/configs.ts';
import { goldenPath, UPDATE_GOLDEN } from './testing/golden.ts';

const cases = CONFIG_NAMES.flatMap((config) => SNIPPETS.map((snippet) => ({ config, snippet })));

describe('generated code matches the golden files', () => {
  it.each(cases)('$config in $snippet.name', async ({ config, snippet }) => {
    const path = goldenPath(config, snippet);
    const code = snippet.code(SNIPPET_CONFIGS[config]);
    if (UPDATE_GOLDEN) {
      await writeFile(path, code);
      return;
    }
    const expected = await readFile(path, 'utf8').catch(() => {
      throw new Error(
        `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run src/features/snippets`,
      );
    });
    expect(code).toBe(expected);
  });
});
