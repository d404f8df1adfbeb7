import { describe, expect, it } from 'vitest';
import { SNIPPET_COMMENTS_EN, type SnippetComments } from './comments.ts';
import { SNIPPETS } from './index.ts';
import { goSnippet } from './languages/go.ts';
import { pythonSnippet } from './languages/python.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from '../../../test/snippets/configs.ts';
import { code as japaneseCode } from '../../i18n/ja/code.ts';

/**
 * The Japanese comments change nothing but the comments: swapped back, the code is the English
 * code. test/snippets/ parses and runs the Japanese programs as it does the English ones.
 */

const KEYS = Object.keys(SNIPPET_COMMENTS_EN) as (keyof SnippetComments)[];

function toEnglish(code: string): string {
  return KEYS.reduce(
    (text, key) => text.replaceAll(japaneseCode.comments[key], SNIPPET_COMMENTS_EN[key]),
    code,
  );
}

describe('the Japanese snippet comments', () => {
  it.each(SNIPPETS)('change only the comments of the $name code', (snippet) => {
    for (const config of CONFIG_NAMES) {
      const input = SNIPPET_CONFIGS[config];
      const code = snippet.code(input, japaneseCode.comments);
      expect(code).toContain(japaneseCode.comments.credentials);
      expect(code).not.toContain(SNIPPET_COMMENTS_EN.credentials);
      expect(toEnglish(code)).toBe(snippet.code(input, SNIPPET_COMMENTS_EN));
    }
  });

  it('include the HS256 and twilio-go notes where the English ones go', () => {
    expect(pythonSnippet.code(SNIPPET_CONFIGS['short-hs384'], japaneseCode.comments)).toContain(
      japaneseCode.comments.hs256Only,
    );
    expect(goSnippet.code(SNIPPET_CONFIGS['short-hs384'], japaneseCode.comments)).toContain(
      japaneseCode.comments.goShortTtl,
    );
  });
});
