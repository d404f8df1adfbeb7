import { ElidedJson } from './readJson.ts';

/**
 * Text from a token made safe to put in a sentence or a cell: cut to a length, and every
 * character that is invisible, reorders the text around it or is no character at all (controls,
 * bidi marks and overrides, zero-width spaces, a BOM, lone surrogates, line separators) written
 * as an escape, so what is shown is what is there.
 *
 * @example
 * ```ts
 * displayText('admin\u202Egnp.exe'); // 'admin\\u202Egnp.exe'
 * displayText('k'.repeat(500), 8); // 'kkkkkkkk…'
 * ```
 */
export function displayText(text: string, maxLength = DISPLAY_LENGTH): string {
  return escapeHidden(clip(text, maxLength), 'display');
}

/** Enough for any SID, jti or region; names longer than this are not Twilio's. */
export const DISPLAY_LENGTH = 80;

/** Control (Cc), format (Cf), unpaired surrogate (Cs) and line or paragraph separator characters. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * Writes each hidden character as an escape: `\u202E`, or for one outside the BMP `\u{E0041}`
 * (`display`) or its two JSON escapes `\uDB40\uDC41` (`json`, so JSON text stays JSON).
 */
export function escapeHidden(text: string, style: 'display' | 'json'): string {
  return text.replace(HIDDEN, (char) => {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint <= 0xffff) return `\\u${hex(codePoint)}`;
    if (style === 'display') return `\\u{${codePoint.toString(16).toUpperCase()}}`;
    return `\\u${hex(char.charCodeAt(0))}\\u${hex(char.charCodeAt(1))}`;
  });
}

const hex = (unit: number) => unit.toString(16).toUpperCase().padStart(4, '0');

/** At most `maxLength` UTF-16 units and an ellipsis, never splitting a surrogate pair. */
export function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The JSON type of a value read from a token, to name it without quoting it. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export function jsonKindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (value instanceof ElidedJson) return value.kind;
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      // Only JSON comes out of a token; anything else is shown as an object.
      return 'object';
  }
}
