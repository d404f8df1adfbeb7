/**
 * String literals for each snippet language, written so that any text the form accepts (quotes,
 * backslashes, `$`, `#{`, Japanese, emoji) reaches the library unchanged.
 *
 * Printable non-ASCII stays as UTF-8, which every one of these languages reads by default in
 * source files. What gets escaped is what a reader cannot see or a compiler would trip on:
 * control characters, line and paragraph separators, bidirectional overrides (a "Trojan Source"
 * identity could otherwise make the code read differently from what it does), the BOM, and
 * unpaired surrogates, which UTF-8 cannot encode at all.
 *
 * @example
 * ```ts
 * jsString('say "hi"') // 'say "hi"' in single quotes; "it's" in double quotes
 * phpString('$HOME')   // '$HOME' in single quotes, so PHP does not interpolate it
 * rubyString('#{x}')   // '#{x}' in single quotes, so Ruby does not interpolate it
 * ```
 */

const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** True for a character that must not appear raw inside a string literal in any language here. */
function mustEscape(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0xfeff ||
    BIDI_CONTROLS.has(codePoint) ||
    isSurrogate(codePoint)
  );
}

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, '0');
}

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Walks code points (a lone surrogate comes through on its own) and rewrites each one. */
function rewrite(value: string, write: (char: string, codePoint: number) => string): string {
  let out = '';
  for (const char of value) out += write(char, char.codePointAt(0) ?? 0);
  return out;
}

function hasEscapable(value: string): boolean {
  for (const char of value) if (mustEscape(char.codePointAt(0) ?? 0)) return true;
  return false;
}

/** `\xHH` below U+0100, else `\uHHHH`: valid in both JavaScript and Python string literals. */
function shortOrLongEscape(codePoint: number): string {
  return codePoint < 0x100 ? `\\x${hex(codePoint, 2)}` : `\\u${hex(codePoint, 4)}`;
}

/** Single quotes, unless the text has more of them than double quotes (as Prettier and Black choose). */
function quoteFor(value: string): "'" | '"' {
  const singles = value.split("'").length;
  return singles > value.split('"').length ? '"' : "'";
}

/**
 * A JavaScript or Python string literal; the two languages share these escapes, and Python keeps
 * an unpaired surrogate as `\udXXX` just as JavaScript does.
 */
function scriptString(value: string): string {
  const quote = quoteFor(value);
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === quote) return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? shortOrLongEscape(codePoint);
  });
  return `${quote}${body}${quote}`;
}

/** A JavaScript string, single-quoted unless double quotes need fewer escapes. */
export const jsString = scriptString;

/** A Python 3 `str`, single-quoted unless double quotes need fewer escapes. */
export const pythonString = scriptString;

/**
 * A Java string. javac turns `\uXXXX` into characters before it reads the source, so a `\u000A`
 * would end the line mid-string: line breaks, quotes and backslashes always use their named
 * escapes, and `\u` is written only for characters that are harmless once decoded. A backslash
 * from the input is doubled, which stops javac reading it as the start of a `\u` escape.
 */
export function javaString(value: string): string {
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === '"') return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? `\\u${hex(codePoint, 4)}`;
  });
  return `"${body}"`;
}

/**
 * A regular C# string. `\x` is avoided: it takes one to four hex digits, so it would swallow a
 * following digit or letter.
 */
export function csharpString(value: string): string {
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === '"') return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? `\\u${hex(codePoint, 4)}`;
  });
  return `"${body}"`;
}

/**
 * A Go string: a raw string when that avoids escaping quotes or backslashes, else an interpreted
 * one. Go strings hold UTF-8, which has no unpaired surrogates, so one becomes U+FFFD, as Go's
 * own UTF-8 conversion would do.
 */
export function goString(value: string): string {
  if (/["\\]/.test(value) && !value.includes('`') && !hasEscapable(value)) return `\`${value}\``;
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === '"') return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? `\\u${hex(isSurrogate(codePoint) ? 0xfffd : codePoint, 4)}`;
  });
  return `"${body}"`;
}

/**
 * A PHP string: single-quoted, where only `\\` and `\'` mean anything and `$` is just a dollar.
 * Double quotes only when a character needs `\u{…}`, with `$` escaped against interpolation.
 */
export function phpString(value: string): string {
  if (!hasEscapable(value)) return `'${value.replace(/[\\']/g, '\\$&')}'`;
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === '"' || char === '$') return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? `\\u{${hex(isSurrogate(codePoint) ? 0xfffd : codePoint, 4)}}`;
  });
  return `"${body}"`;
}

/**
 * A Ruby string: single-quoted, where `#{…}` is literal text. Double quotes only when a character
 * needs `\u{…}`, with `#` escaped against interpolation.
 */
export function rubyString(value: string): string {
  if (!hasEscapable(value)) return `'${value.replace(/[\\']/g, '\\$&')}'`;
  const body = rewrite(value, (char, codePoint) => {
    if (char === '\\' || char === '"' || char === '#') return `\\${char}`;
    if (!mustEscape(codePoint)) return char;
    return NAMED[char] ?? `\\u{${hex(isSurrogate(codePoint) ? 0xfffd : codePoint, 4)}}`;
  });
  return `"${body}"`;
}

/** Text for a line comment: comments cannot span lines, so line breaks become spaces. */
export function commentText(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
