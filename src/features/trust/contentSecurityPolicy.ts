/**
 * The page's Content-Security-Policy as the browser received it, read from the page itself, so
 * what the "How do I know?" panel shows is what is enforced, never a second copy of it (the
 * build writes it once, in vite.config.ts, into the meta tag).
 */

/** Longer than any policy we would ship: a page altered to carry a huge one is shown no further. */
export const MAX_POLICY_LENGTH = 4096;

export interface Directive {
  /** Lower-cased, as browsers match directive names. */
  readonly name: string;
  /** The directive as written, trimmed: `connect-src 'none'`. */
  readonly text: string;
}

export interface ServedPolicy {
  /** The meta tag's `content`, exactly. */
  readonly text: string;
  readonly directives: readonly Directive[];
  /** True when `connect-src` is exactly `'none'`: the page may open no connection at all. */
  readonly connectNone: boolean;
}

/**
 * The policy of the page's `<meta http-equiv="Content-Security-Policy">`, or undefined when the
 * page has none (the development server leaves it out) or it is implausibly long. Never throws.
 *
 * @example
 * ```ts
 * servedPolicy(document)?.connectNone; // true
 * ```
 */
export function servedPolicy(page: Pick<Document, 'querySelectorAll'>): ServedPolicy | undefined {
  const metas = [...page.querySelectorAll('meta[http-equiv]')].filter(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  // Two tags would both be enforced; showing one of them would say less than the truth.
  if (metas.length !== 1) return undefined;
  const text = metas[0]?.getAttribute('content') ?? '';
  if (text.trim() === '' || text.length > MAX_POLICY_LENGTH) return undefined;
  return readPolicy(text);
}

/** A policy's directives in order, as CSP reads them: split on `;`, named by the first token. */
export function readPolicy(text: string): ServedPolicy {
  const directives = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ name: (part.split(/\s+/)[0] ?? '').toLowerCase(), text: part }));
  // The first of a repeated directive counts; the later ones are ignored by browsers.
  const connect = directives.find((directive) => directive.name === 'connect-src');
  const sources = connect?.text.split(/\s+/).slice(1) ?? [];
  return {
    text,
    directives,
    connectNone: sources.length === 1 && sources[0]?.toLowerCase() === "'none'",
  };
}
