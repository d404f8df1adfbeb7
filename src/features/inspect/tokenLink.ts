import { MAX_TOKEN_LENGTH } from '../../token/diagnose/limits.ts';

/**
 * Share links put a token in the URL fragment (`#token=…`): browsers never send the fragment to
 * a server, so the link travels without the token reaching a host. Never the secret.
 */
const TOKEN_KEY = 'token';

export function shareLinkFor(
  token: string,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  return `${location.origin}${location.pathname}#${TOKEN_KEY}=${encodeURIComponent(token)}`;
}

/**
 * What a `#token=` link holds:
 * - `none`: the fragment is not a token link at all (empty, `#setup=…`, anything else);
 * - `token`: a token to inspect, exactly as linked;
 * - `unusable`: a token link that cannot be used, and why, so the page can say so:
 *   - `tooLarge`: more than the inspector reads ({@link MAX_TOKEN_LENGTH} characters);
 *   - `unreadable`: broken percent-encoding, text that is not UTF-8, an empty or repeated
 *     `token=`, or something that is not shaped like a token (three base64url parts).
 */
export type TokenLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'unusable'; readonly reason: 'tooLarge' | 'unreadable' };

/** Percent-encoding at most triples a text; past this, not even decoding is worth it. */
const MAX_ENCODED_LENGTH = 3 * MAX_TOKEN_LENGTH + TOKEN_KEY.length + 2;

/** header.payload.signature in base64url; an `alg: none` token has an empty signature. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Reads a share link's fragment once, strictly: the token, or why the link cannot be used.
 * Pure and total, so the caller (app/links/) can read the link, drop it from the address bar
 * and history, and show a notice for `unusable`. Never throws.
 *
 * @example
 * ```ts
 * readTokenLink('#token=eyJh…'); // { kind: 'token', token: 'eyJh…' }
 * readTokenLink('#token=%E0%A4%A'); // { kind: 'unusable', reason: 'unreadable' }
 * readTokenLink('#setup=…'); // { kind: 'none' }
 * ```
 */
export function readTokenLink(hash: string): TokenLink {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${TOKEN_KEY}=`;
  // Only the name is compared before deciding the size matters: `#setup=…` is none of ours.
  const values = fragment
    .split('&')
    .filter((pair) => pair.startsWith(prefix))
    .map((pair) => pair.slice(prefix.length));
  const [encoded] = values;
  if (encoded === undefined) return { kind: 'none' };
  if (fragment.length > MAX_ENCODED_LENGTH) return unusable('tooLarge');
  // Two tokens in one link: which one is meant is anyone's guess.
  if (values.length > 1) return unusable('unreadable');
  let token: string;
  try {
    token = decodeURIComponent(encoded);
  } catch {
    // Malformed %-escapes or bytes that are not UTF-8 (URIError).
    return unusable('unreadable');
  }
  if (token.length > MAX_TOKEN_LENGTH) return unusable('tooLarge');
  if (!TOKEN_SHAPE.test(token)) return unusable('unreadable');
  return { kind: 'token', token };
}

const unusable = (reason: 'tooLarge' | 'unreadable'): TokenLink => ({ kind: 'unusable', reason });
