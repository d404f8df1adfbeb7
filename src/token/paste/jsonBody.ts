import { shortText } from './limits.ts';
import { isTokenKey } from './tokenKeys.ts';
import { isJsonObject } from '../json/jsonObject.ts';

/** A JSON object, array or value, or undefined when `text` is no JSON (never throws). */
export function parseJsonPaste(text: string): { readonly value: unknown } | undefined {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  if (first !== '{' && first !== '[') return undefined;
  try {
    // JSON.parse is linear and iterative enough for the 64 KiB looked at; deep nesting throws
    // a RangeError, which is caught like any other failure.
    return { value: JSON.parse(trimmed) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The first string under a token key, at the top level or one level down
 * (`{"data":{"token":"…"}}`), with its path; JWT or not, the caller decides.
 *
 * @example
 * ```ts
 * tokenInJson({ data: { token: 'eyJ…' } }); // { path: 'data.token', text: 'eyJ…' }
 * ```
 */
export function tokenInJson(
  value: unknown,
): { readonly path: string; readonly text: string } | undefined {
  if (!isJsonObject(value)) return undefined;
  const top = stringUnderTokenKey(value);
  if (top) return top;
  for (const [outer, inner] of Object.entries(value)) {
    if (!isJsonObject(inner)) continue;
    const found = stringUnderTokenKey(inner);
    if (found) return { path: `${outer}.${found.path}`, text: found.text };
  }
  return undefined;
}

function stringUnderTokenKey(
  object: Readonly<Record<string, unknown>>,
): { readonly path: string; readonly text: string } | undefined {
  for (const [key, item] of Object.entries(object)) {
    if (isTokenKey(key) && typeof item === 'string') return { path: key, text: item };
  }
  return undefined;
}

/** The first few top-level keys, each cut short, to show what the JSON holds instead. */
export function topKeys(value: unknown, max = 5): readonly string[] {
  return isJsonObject(value) ? Object.keys(value).slice(0, max).map(shortText) : [];
}
