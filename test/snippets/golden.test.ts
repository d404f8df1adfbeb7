import { describe, expect, it } from 'vitest';
import { SNIPPETS } from '../../src/features/snippets/index.ts';
import type { Snippet } from '../../src/features/snippets/snippet.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS, type SnippetConfigName } from './configs.ts';

/**
 * What each generator writes, kept as files a reviewer can read in the language's own syntax.
 * They show a change; they prove nothing about correctness, which syntax.test.ts (a parser per
 * language) and runtime.test.ts (the official libraries) do. `npx vitest run -u test/snippets`
 * rewrites them.
 */

/** `golden/<config>.<ext>`, the extension taken from the snippet's own file name. */
function goldenFile(config: SnippetConfigName, snippet: Snippet): string {
  const extension = snippet.filename.slice(snippet.filename.lastIndexOf('.') + 1);
  return `./golden/${config}.${extension}`;
}

const cases = CONFIG_NAMES.flatMap((config) => SNIPPETS.map((snippet) => ({ config, snippet })));

describe('generated code matches the golden files', () => {
  it.each(cases)('$config in $snippet.name', async ({ config, snippet }) => {
    await expect(snippet.code(SNIPPET_CONFIGS[config])).toMatchFileSnapshot(
      goldenFile(config, snippet),
    );
  });
});
