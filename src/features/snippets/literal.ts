/** How one language writes JSON values as source code. */
export interface LiteralSyntax {
  readonly string: (value: string) => string;
  readonly null: string;
  readonly true: string;
  readonly false: string;
  /** Opens a non-empty object, e.g. `{` or `new Dictionary<string, object>\n{`. */
  readonly objectOpen: string;
  readonly objectClose: string;
  readonly emptyObject: string;
  readonly entry: (key: string, value: string) => string;
  readonly arrayOpen: string;
  readonly arrayClose: string;
  readonly emptyArray: string;
  /** One level of indentation. */
  readonly indent: string;
  /**
   * PHP only: how to open a nested object whose keys are "0", "1"… in order. A PHP array with
   * those keys is a list, which json_encode writes as `[…]`, not `{…}`.
   */
  readonly listKeyedObjectOpen?: string;
}

/**
 * A finite number as a literal that all seven languages read as the same double. A safe integer
 * is written in digits, which every language's default integer type holds (Go's int and C#'s long
 * are 64 bits). Any other number is written as a decimal with an exponent, which each language
 * reads as a double: JSON's digits for 2^63 would overflow Go's int and C#'s long, and beyond 2^53
 * they are not the double's exact value anyway. JSON.stringify writes -0 as 0, so does this.
 *
 * @example
 * ```ts
 * numberLiteral(3600)      // '3600'
 * numberLiteral(2 ** 64)   // '1.8446744073709552e+19'
 * numberLiteral(0.1)       // '0.1'
 * ```
 */
export function numberLiteral(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  return Number.isInteger(value) ? value.toExponential() : JSON.stringify(value);
}

/** True for keys a PHP array would read as the list indexes 0, 1, 2… */
function isListKeyed(keys: readonly string[]): boolean {
  return keys.length > 0 && keys.every((key, index) => key === String(index));
}

/**
 * A JSON value (the Playback grant, the Voice parameters) as a literal in the target language,
 * one entry per line with a trailing comma, which all seven languages accept and Go requires.
 * `indent` is the indentation of the line the literal starts on; `nested` is for its own recursion.
 *
 * @example
 * ```ts
 * jsonLiteral({ a: [1, null] }, JS_SYNTAX, '') // "{\n  a: [\n    1,\n    null,\n  ],\n}"
 * ```
 */
export function jsonLiteral(
  value: unknown,
  syntax: LiteralSyntax,
  indent: string,
  nested = false,
): string {
  if (typeof value === 'string') return syntax.string(value);
  // JSON has no Infinity or NaN; the token, made with JSON.stringify, carries null.
  if (typeof value === 'number') return Number.isFinite(value) ? numberLiteral(value) : syntax.null;
  if (value === true) return syntax.true;
  if (value === false) return syntax.false;
  const inner = indent + syntax.indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return syntax.emptyArray;
    const items = value.map((item) => `${inner}${jsonLiteral(item, syntax, inner, true)},`);
    return block(syntax.arrayOpen, items, syntax.arrayClose, indent);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return syntax.emptyObject;
    const lines = entries.map(
      ([key, item]) => `${inner}${syntax.entry(key, jsonLiteral(item, syntax, inner, true))},`,
    );
    const listKeyed = nested && isListKeyed(entries.map(([key]) => key));
    const open = (listKeyed ? syntax.listKeyedObjectOpen : undefined) ?? syntax.objectOpen;
    return block(open, lines, syntax.objectClose, indent);
  }
  return syntax.null;
}

function block(open: string, lines: readonly string[], close: string, indent: string): string {
  const opening = open.replaceAll('\n', `\n${indent}`);
  return [opening, ...lines, `${indent}${close}`].join('\n');
}
