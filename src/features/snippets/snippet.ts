import type { SnippetComments } from './comments.ts';
import type { SnippetInput } from './snippetInput.ts';

export type SnippetId = 'node' | 'python' | 'java' | 'csharp' | 'php' | 'ruby' | 'go';

/**
 * One language's way to build the token with Twilio's official helper library: a complete
 * program that prints the token, plus what a user needs to run it.
 *
 * @example
 * ```ts
 * const source = nodeSnippet.code(input); // English comments by default
 * ```
 */
export interface Snippet {
  readonly id: SnippetId;
  /** The tab label, the same in every UI language. */
  readonly name: string;
  /** The shell command that installs the helper library. */
  readonly install: string;
  /** The file name the program is meant to be saved as. */
  readonly filename: string;
  /** The highlighter's language name. */
  readonly language: string;
  code(input: SnippetInput, comments?: SnippetComments): string;
}
