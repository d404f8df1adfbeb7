import { findJwt, isCompactJwt } from './findJwt.ts';
import type { TokenSource } from './reading.ts';

/** How many lines of a pasted request are looked at for its Authorization header. */
const MAX_LINES = 200;
const BEARER = /^bearer\s+/i;

/**
 * A token in an `Authorization: Bearer …` line among other request lines (headers copied from
 * the browser's network panel), or anywhere in a `curl` command (its `-H`, its URL or its data).
 * A paste that is that one header line alone is read as a JWT already, its prefix removed.
 *
 * @example
 * ```ts
 * tokenInRequest("curl -H 'Authorization: Bearer eyJ…' https://…");
 * // { token: 'eyJ…', source: { kind: 'curl' } }
 * ```
 */
export function tokenInRequest(
  text: string,
): { readonly token: string; readonly source: TokenSource } | undefined {
  const trimmed = text.trimStart();
  if (/^curl\s/i.test(trimmed.slice(0, 6))) {
    const token = findJwt(trimmed);
    return token ? { token, source: { kind: 'curl' } } : undefined;
  }
  const lines = trimmed.split('\n', MAX_LINES);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'authorization') continue;
    const value = line
      .slice(colon + 1)
      .trim()
      .replace(BEARER, '');
    if (isCompactJwt(value)) return { token: value, source: { kind: 'header' } };
  }
  return undefined;
}
