import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_LANGUAGES,
  highlight,
  MAX_HIGHLIGHT_LENGTH,
} from '../../src/features/snippets/CodeBlock/highlight.ts';
import { SNIPPET_COMMENTS_EN, SNIPPETS } from '../../src/features/snippets/index.ts';
import { snippetInputFromForm } from '../../src/features/snippets/snippetInputFromForm.ts';
import { hastText } from '../support/hastText.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { filledForm } from './filledForm.ts';
import { hostileForm } from './formModel.ts';
import { hostileText } from './hostile.ts';
import { code as japaneseCode } from '../../src/i18n/ja/code.ts';

/** Highlighted text reads back as the code itself, or the code is left plain for its length. */
function expectShownExactly(code: string, language: string) {
  const tree = highlight(code, language);
  if (code.length > MAX_HIGHLIGHT_LENGTH) expect(tree).toBeUndefined();
  else expect(tree && hastText(tree)).toBe(code);
}

// The Code tab highlights whatever the form accepts, in every grammar it bundles: nothing may
// throw, and the page must show exactly the program it copies.
describe('highlighting', () => {
  it(
    'shows every program the form leads to exactly (placeholders included), in all seven languages and both languages of comments',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            filledForm.map(({ form }) => form),
            hostileForm.map(({ form }) => form),
          ),
          (form) => {
            const { input } = snippetInputFromForm(form);
            for (const snippet of SNIPPETS) {
              for (const comments of [SNIPPET_COMMENTS_EN, japaneseCode.comments]) {
                expectShownExactly(snippet.code(input, comments), snippet.language);
              }
            }
          },
        ),
        fuzzRuns('highlightFormPrograms'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on any text in any grammar, and gives the text back',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(hostileText, fc.string({ unit: 'binary' })),
          fc.constantFrom(...Object.keys(HIGHLIGHT_LANGUAGES)),
          (text, language) => {
            expectShownExactly(text, language);
          },
        ),
        fuzzRuns('highlightAnyText'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
