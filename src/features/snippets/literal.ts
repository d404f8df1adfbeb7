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
}

/**
 * A JSON value (the Playback grant, the Voice parameters) as a literal in the target language,
 * one entry per line with a trailing comma, which all seven languages accept and Go requires.
 * `indent` is the indentation of the line the literal starts on.
 *
 * @example
 * ```ts
 * jsonLiteral({ a: [1, null] }, JS_SYNTAX, '') // "{\n  a: [\n    1,\n    null,\n  ],\n}"
 * ```
 */
export function jsonLiteral(value: unknown, syntax: LiteralSyntax, indent: string): string {
  if (typeof value === 'string') return syntax.string(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value) : syntax.null;
  if (value === true) return syntax.true;
  if (value === false) return syntax.false;
  const inner = indent + syntax.indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return syntax.emptyArray;
    const items = value.map((item) => `${inner}${jsonLiteral(item, syntax, inner)},`);
    return block(syntax.arrayOpen, items, syntax.arrayClose, indent);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return syntax.emptyObject;
    const lines = entries.map(
      ([key, item]) => `${inner}${syntax.entry(key, jsonLiteral(item, syntax, inner))},`,
    );
    return block(syntax.objectOpen, lines, syntax.objectClose, indent);
  }
  return syntax.null;
}

function block(open: string, lines: readonly string[], close: string, indent: string): string {
  const opening = open.replaceAll('\n', `\n${indent}`);
  return [opening, ...lines, `${indent}${close}`].join('\n');
}
