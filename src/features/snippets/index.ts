import { csharpSnippet } from './languages/csharp.ts';
import { goSnippet } from './languages/go.ts';
import { javaSnippet } from './languages/java.ts';
import { nodeSnippet } from './languages/node.ts';
import { phpSnippet } from './languages/php.ts';
import { pythonSnippet } from './languages/python.ts';
import { rubySnippet } from './languages/ruby.ts';
import type { Snippet } from './snippet.ts';

export { SNIPPET_COMMENTS_EN, type SnippetComments } from './comments.ts';
export type { Snippet, SnippetId } from './snippet.ts';
export type { SnippetInput } from './snippetInput.ts';

/**
 * The Code tab's languages, in tab order.
 *
 * @example
 * ```ts
 * for (const snippet of SNIPPETS) show(snippet.name, snippet.install, snippet.code(input));
 * ```
 */
export const SNIPPETS: readonly Snippet[] = [
  nodeSnippet,
  pythonSnippet,
  javaSnippet,
  csharpSnippet,
  phpSnippet,
  rubySnippet,
  goSnippet,
];
