import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { SNIPPET_CONFIGS } from '../../../../test/snippets/configs.ts';
import { hastText as textOf } from '../../../../test/support/hastText.ts';
import { SNIPPET_COMMENTS_EN, SNIPPETS } from '../index.ts';
import {
  HIGHLIGHT_LANGUAGES,
  highlight,
  isHighlighted,
  MAX_HIGHLIGHT_LENGTH,
  SHELL_LANGUAGE,
} from './highlight.ts';
import { code as japaneseCode } from '../../../i18n/ja/code.ts';

/** Every token span in reading order, with its scope (first class) and its text. */
function tokens(tree: Root): { scope: string; text: string }[] {
  const found: { scope: string; text: string }[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') found.push({ scope: scopeOf(node), text: textOf(node) });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const scopeOf = (element: Element): string => {
  const className = element.properties.className;
  return Array.isArray(className) ? String(className[0]) : '';
};

function highlighted(code: string, language: string): Root {
  const tree = highlight(code, language);
  if (tree === undefined) throw new Error(`${language} was not highlighted`);
  return tree;
}

/**
 * A word each grammar must mark as a keyword in its program, and the text of its import or
 * require line's string literal: what a reader of that language would call them.
 */
const EXPECTED = {
  node: { keyword: 'const', string: "'twilio'" },
  python: { keyword: 'import', string: "'TWILIO_ACCOUNT_SID'" },
  java: { keyword: 'public', string: '"TWILIO_ACCOUNT_SID"' },
  csharp: { keyword: 'using', string: '"TWILIO_ACCOUNT_SID"' },
  php: { keyword: 'use', string: "'/vendor/autoload.php'" },
  ruby: { keyword: 'require', string: "'twilio-ruby'" },
  go: { keyword: 'func', string: '"github.com/twilio/twilio-go/client/jwt"' },
} as const;

describe('highlight', () => {
  it('has a grammar for every language of the Code tab and for the install commands', () => {
    for (const snippet of SNIPPETS) expect(isHighlighted(snippet.language)).toBe(true);
    expect(isHighlighted(SHELL_LANGUAGE)).toBe(true);
    // Only those: the bundle carries no grammar the tab does not show.
    expect(Object.keys(HIGHLIGHT_LANGUAGES).sort()).toEqual(
      [...new Set([...SNIPPETS.map((snippet) => snippet.language), SHELL_LANGUAGE])].sort(),
    );
  });

  describe.each(SNIPPETS)('$name', (snippet) => {
    it('marks keywords, strings, numbers and comments in its generated program', () => {
      const code = snippet.code(SNIPPET_CONFIGS['video-room'], SNIPPET_COMMENTS_EN);
      const found = tokens(highlighted(code, snippet.language));
      const expected = EXPECTED[snippet.id];
      expect(found).toContainEqual({ scope: 'keyword', text: expected.keyword });
      expect(found).toContainEqual({ scope: 'string', text: expected.string });
      expect(found).toContainEqual({ scope: 'number', text: '3600' });
      expect(found.filter((token) => token.scope === 'comment').map((token) => token.text)).toEqual(
        [expect.stringContaining(SNIPPET_COMMENTS_EN.credentials)],
      );
    });

    it('keeps the Japanese comments whole, as one comment token', () => {
      const code = snippet.code(SNIPPET_CONFIGS['video-room'], japaneseCode.comments);
      const comments = tokens(highlighted(code, snippet.language)).filter(
        (token) => token.scope === 'comment',
      );
      expect(comments.map((token) => token.text)).toEqual([
        expect.stringContaining(japaneseCode.comments.credentials),
      ]);
    });

    it.each(Object.entries(SNIPPET_CONFIGS))(
      'gives back exactly the program, character for character, for %s',
      (_name, input) => {
        for (const comments of [SNIPPET_COMMENTS_EN, japaneseCode.comments]) {
          const code = snippet.code(input, comments);
          const tree = highlighted(code, snippet.language);
          expect(textOf(tree)).toBe(code);
          expect(tokens(tree).length).toBeGreaterThan(10);
        }
      },
    );

    it('marks the command of its install line', () => {
      const tree = highlighted(snippet.install, SHELL_LANGUAGE);
      expect(textOf(tree)).toBe(snippet.install);
      const command = snippet.install.split(' ')[0] ?? '';
      const quoted = snippet.install.match(/(["']).*\1/g) ?? [];
      const strings = quoted.map((text) => ({ scope: 'string', text }));
      // Java's "install" is Gradle's dependency line, not a command.
      if (snippet.id === 'java') expect(tokens(tree)).toEqual(strings);
      else expect(tokens(tree)).toEqual([{ scope: 'built_in', text: command }, ...strings]);
    });
  });

  it('shows plain text for a language it has no grammar for', () => {
    expect(highlight('fn main() {}', 'rust')).toBeUndefined();
    expect(highlight('x', '__proto__')).toBeUndefined();
  });

  it('shows plain text past MAX_HIGHLIGHT_LENGTH, and highlights up to it', () => {
    const line = "console.log('x');\n";
    const atLimit = line.repeat(MAX_HIGHLIGHT_LENGTH / line.length).padEnd(MAX_HIGHLIGHT_LENGTH);
    expect(atLimit).toHaveLength(MAX_HIGHLIGHT_LENGTH);
    expect(textOf(highlighted(atLimit, 'javascript'))).toBe(atLimit);
    expect(highlight(`${atLimit};`, 'javascript')).toBeUndefined();
  });
});
