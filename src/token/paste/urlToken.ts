import { isCompactJwt } from './findJwt.ts';
import { isTokenKey } from './tokenKeys.ts';
import type { TokenSource } from './reading.ts';

/**
 * A token in a URL's query (`?token=…`) or fragment (`#access_token=…`), or in a bare query
 * string (`token=…&identity=…`). `text` is one line with no spaces.
 *
 * @example
 * ```ts
 * tokenInUrl('https://app.example/call#access_token=eyJ…');
 * // { token: 'eyJ…', source: { kind: 'url', part: 'fragment', key: 'access_token' } }
 * ```
 */
export function tokenInUrl(
  text: string,
): { readonly token: string; readonly source: TokenSource } | undefined {
  if (/\s/.test(text)) return undefined;
  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const parts: { readonly part: 'query' | 'fragment'; readonly text: string }[] = [];
  if (question >= 0) parts.push({ part: 'query', text: beforeHash.slice(question + 1) });
  else if (!beforeHash.includes('/') && beforeHash.includes('='))
    parts.push({ part: 'query', text: beforeHash });
  if (hash >= 0) parts.push({ part: 'fragment', text: text.slice(hash + 1) });
  for (const { part, text: pairs } of parts) {
    for (const pair of pairs.split('&')) {
      const equals = pair.indexOf('=');
      if (equals < 0) continue;
      const key = decode(pair.slice(0, equals));
      const value = decode(pair.slice(equals + 1));
      if (key !== undefined && value !== undefined && isTokenKey(key) && isCompactJwt(value)) {
        return { token: value, source: { kind: 'url', part, key } };
      }
    }
  }
  return undefined;
}

/** `decodeURIComponent` that answers undefined for a malformed escape instead of throwing. */
function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
