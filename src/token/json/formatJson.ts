import { clip, escapeHidden } from './displayText.ts';
import { ElidedJson, MAX_JSON_DEPTH } from './readJson.ts';

export interface FormatJsonOptions {
  /** Spaces per level; 0 writes one line. Default 2. */
  readonly indent?: number;
  /** The text ends in `…` after about this many characters. Default 64 Ki. */
  readonly maxLength?: number;
  /** Deeper arrays and objects are written `[…]` and `{…}`. Default {@link MAX_JSON_DEPTH}. */
  readonly maxDepth?: number;
}

/** Far more than any token's JSON needs, and still a text node a browser lays out at once. */
export const MAX_FORMATTED_LENGTH = 64 * 1024;

interface Frame {
  readonly value: Readonly<Record<string, unknown>> | readonly unknown[];
  /** Object keys, or undefined for an array. */
  readonly keys: readonly string[] | undefined;
  readonly size: number;
  readonly depth: number;
  index: number;
}

/**
 * JSON text for display, like `JSON.stringify(value, null, 2)` but safe on anything a token or
 * a form can hold: it never recurses (so no nesting overflows the stack), stops at a depth and a
 * length, writes invisible and bidi characters as escapes, and never calls a value's methods
 * (`toJSON`, `toString`). Never throws on data.
 *
 * @example
 * ```ts
 * formatJson({ grants: { identity: 'alice' } }); // '{\n  "grants": {\n    "identity": "alice"\n  }\n}'
 * formatJson(deeplyNested, { indent: 0, maxLength: 20 }); // '{"a":[[[[[[[[[[[[[[[…'
 * ```
 */
export function formatJson(value: unknown, options: FormatJsonOptions = {}): string {
  const { indent = 2, maxLength = MAX_FORMATTED_LENGTH, maxDepth = MAX_JSON_DEPTH } = options;
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length <= maxLength;
  };
  const newline = (depth: number) => (indent > 0 ? `\n${' '.repeat(indent * depth)}` : '');
  const stack: Frame[] = [];

  /** Writes a scalar, or opens a container (pushing a frame); false once the text is too long. */
  const write = (item: unknown, depth: number): boolean => {
    if (!isContainer(item)) return emit(scalarText(item));
    const isArray = Array.isArray(item);
    if (depth > maxDepth) return emit(isArray ? '[…]' : '{…}');
    const keys = isArray ? undefined : Object.keys(item).filter((key) => isWritten(item[key]));
    const size = keys ? keys.length : (item as readonly unknown[]).length;
    if (size === 0) return emit(isArray ? '[]' : '{}');
    stack.push({ value: item, keys, size, depth, index: 0 });
    return emit(isArray ? '[' : '{');
  };

  let fits = write(value, 1);
  while (fits) {
    const frame = stack.at(-1);
    if (!frame) break;
    const { keys, index, depth } = frame;
    if (index === frame.size) {
      stack.pop();
      fits = emit(`${newline(depth - 1)}${keys ? '}' : ']'}`);
      continue;
    }
    frame.index += 1;
    const key = keys?.[index];
    const separator = index > 0 ? ',' : '';
    if (key === undefined) {
      fits =
        emit(`${separator}${newline(depth)}`) && write(memberOf(frame.value, index), depth + 1);
    } else {
      const name = `${quote(key)}:${indent > 0 ? ' ' : ''}`;
      fits =
        emit(`${separator}${newline(depth)}${name}`) &&
        write((frame.value as Readonly<Record<string, unknown>>)[key], depth + 1);
    }
  }
  const text = parts.join('');
  return fits ? text : clip(text, maxLength);
}

function isContainer(value: unknown): value is Readonly<Record<string, unknown>> | unknown[] {
  return typeof value === 'object' && value !== null && !(value instanceof ElidedJson);
}

function memberOf(value: Frame['value'], index: number): unknown {
  return Array.isArray(value) ? (value as readonly unknown[])[index] : undefined;
}

/** What JSON.stringify leaves out of an object. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function scalarText(value: unknown): string {
  if (value instanceof ElidedJson) return value.kind === 'array' ? '[…]' : '{…}';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      // As JSON.stringify writes it: Infinity and NaN become null.
      return Number.isFinite(value) ? value.toString() : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    default:
      // null, and what JSON.stringify writes as null in an array.
      return 'null';
  }
}

function quote(text: string): string {
  // On a string JSON.stringify is a plain loop; it escapes controls and lone surrogates.
  return escapeHidden(JSON.stringify(text), 'json');
}
