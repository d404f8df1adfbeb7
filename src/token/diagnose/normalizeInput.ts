import type { InputCleanup } from './findings.ts';

export interface NormalizedInput {
  readonly normalized: string;
  /** What was removed, in the order first met; surrounding whitespace is not listed. */
  readonly removed: readonly InputCleanup[];
}

const QUOTES = new Set(['"', "'", '`']);
// Also a whole header line, as copied from a request in the browser's network panel.
const BEARER = /^(?:authorization:\s*)?bearer\s+/i;
// \s covers line breaks and Unicode spaces; chats and PDFs also slip in zero-width spaces, word
// joiners and soft hyphens, which are invisible but break the base64url.
const INNER_WHITESPACE = /[\s\u00ad\u200b-\u200d\u2060]+/g;
// One character of the same kinds, for trimming.
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060]/;

/**
 * Forgives the usual ways a token gets wrapped when copied: whitespace around it, quotes from a
 * JSON or shell snippet, an `Authorization: Bearer` prefix, and line breaks from a terminal.
 *
 * @example
 * ```ts
 * normalizeInput(' "Bearer eyJh…\n…"\n');
 * // { normalized: 'eyJh……', removed: ['quotes', 'bearer', 'innerWhitespace'] }
 * ```
 */
export function normalizeInput(input: string): NormalizedInput {
  const removed = new Set<InputCleanup>();
  let text = trimInvisible(input);
  // Wrappers nest either way round ("Bearer x", Bearer "x"); each pass peels one layer.
  for (;;) {
    const first = text.charAt(0);
    if (text.length >= 2 && QUOTES.has(first) && text.endsWith(first)) {
      text = trimInvisible(text.slice(1, -1));
      removed.add('quotes');
    } else if (BEARER.test(text)) {
      text = trimInvisible(text.replace(BEARER, ''));
      removed.add('bearer');
    } else {
      break;
    }
  }
  const joined = text.replace(INNER_WHITESPACE, '');
  if (joined !== text) removed.add('innerWhitespace');
  return { normalized: joined, removed: [...removed] };
}

/**
 * `trim()` that also takes the invisible characters around a wrapper, so a zero-width space
 * before `"…"` or `Bearer` does not hide it. A loop: an anchored `[…]+$` regex is quadratic on
 * long runs of spaces inside the text.
 */
function trimInvisible(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && INVISIBLE.test(text.charAt(start))) start += 1;
  while (end > start && INVISIBLE.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
