import type { Root } from 'hast';
import type { HLJSApi, Language } from 'highlight.js';
import bash from 'highlight.js/lib/languages/bash';
import csharp from 'highlight.js/lib/languages/csharp';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import php from 'highlight.js/lib/languages/php';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import { createLowlight } from 'lowlight';

/** The commands our install lines start with; Bash's grammar knows none of them. */
const PACKAGE_MANAGERS = ['composer', 'dotnet', 'gem', 'go', 'npm', 'pip'];

/** Bash, with the package managers as built-in commands, so an install line has a command. */
function shell(hljs: HLJSApi): Language {
  const language = bash(hljs);
  const keywords = language.keywords;
  if (typeof keywords === 'object' && !Array.isArray(keywords)) {
    const builtIns = keywords.built_in;
    keywords.built_in = [...(Array.isArray(builtIns) ? builtIns : []), ...PACKAGE_MANAGERS];
  }
  return language;
}

/**
 * The grammars the Code tab needs, by the names snippets give (`Snippet.language`), and the
 * shell for install commands. Only these are bundled: highlight.js core with eight grammars,
 * plain regular expressions, no eval and no worker, so the page's CSP holds.
 */
export const HIGHLIGHT_LANGUAGES = {
  bash: shell,
  csharp,
  go,
  java,
  javascript,
  php,
  python,
  ruby,
};

/** The install commands' language. */
export const SHELL_LANGUAGE = 'bash';

/**
 * Past this many characters code is shown plain. Highlighting takes about 1 ms per 1,000
 * characters on a slow machine, and thousands of spans to render after it; a program this long
 * (ten times a usual one) is mostly a pasted JSON value, where colour is not worth the wait.
 */
export const MAX_HIGHLIGHT_LENGTH = 30_000;

const lowlight = createLowlight(HIGHLIGHT_LANGUAGES);

/**
 * Splits `code` into highlight.js tokens: a hast tree of `<span>`s whose first class is the
 * token's scope (`keyword`, `string`, `title` …) and whose text, read in order, is exactly
 * `code`. Generated programs hold whatever the form accepts, so nothing here throws: an
 * unregistered language, code past MAX_HIGHLIGHT_LENGTH or a grammar failing on the input all
 * give `undefined`, and the caller shows the plain text.
 *
 * @example
 * ```ts
 * const tree = highlight("const twilio = require('twilio');", 'javascript');
 * // tree?.children[0] → { type: 'element', tagName: 'span', properties: { className: ['keyword'] }, … }
 * ```
 */
export function highlight(code: string, language: string): Root | undefined {
  if (code.length > MAX_HIGHLIGHT_LENGTH || !lowlight.registered(language)) return undefined;
  try {
    return lowlight.highlight(language, code, { prefix: '' });
  } catch {
    return undefined;
  }
}

/** Whether `language` has a grammar here (a name or one of its aliases). */
export function isHighlighted(language: string): boolean {
  return lowlight.registered(language);
}
