/**
 * A JSON reader for untrusted text that says what `JSON.parse` passes over in silence: a leading
 * byte order mark, keys written twice, and nesting deeper than anyone needs. It reads with a
 * stack of its own, never by recursion, so no input can overflow the call stack, and it takes
 * time linear in the text.
 *
 * @example
 * ```ts
 * const reading = readJson('{"alg":"none","alg":"HS256"}');
 * reading.ok && reading.value; // { alg: 'HS256' }, like JSON.parse
 * reading.ok && reading.quirks.duplicateKeys; // { names: ['alg'], total: 1 }
 * ```
 */

/**
 * How deep values may nest before the reader stops keeping them. A Twilio token's payload nests
 * 5 levels, or about 70 with the deepest PlaybackGrant the generator accepts; servers read far
 * deeper, but no display or check should ever have to.
 */
export const MAX_JSON_DEPTH = 100;

/** How many duplicate keys are named; the rest are only counted. */
export const MAX_NAMED_DUPLICATES = 10;

/**
 * Stands where an array or object nested deeper than {@link MAX_JSON_DEPTH} was: its content
 * was read (so its syntax and keys were checked) and then dropped.
 */
export class ElidedJson {
  private constructor(readonly kind: 'array' | 'object') {
    Object.freeze(this);
  }
  static readonly array = new ElidedJson('array');
  static readonly object = new ElidedJson('object');
}

/** Some names found in a text, and how many there were in all. */
export interface NameList {
  readonly names: readonly string[];
  readonly total: number;
}

export interface JsonQuirks {
  /** The text began with U+FEFF, which RFC 8259 forbids and strict parsers refuse. */
  readonly byteOrderMark: boolean;
  /**
   * Keys written more than once in one object, by path (e.g. `alg`, `grants.identity`): the
   * first few, and how many there are.
   */
  readonly duplicateKeys: NameList;
  /** Some array or object nested deeper than {@link MAX_JSON_DEPTH} was replaced by {@link ElidedJson}. */
  readonly tooDeep: boolean;
}

export type JsonReading =
  | { readonly ok: true; readonly value: unknown; readonly quirks: JsonQuirks }
  /** Not JSON text; `offset` is where reading stopped. */
  | { readonly ok: false; readonly offset: number };

type Container = unknown[] | Record<string, unknown>;

interface Frame {
  readonly container: Container;
  /** How the parent names this container: a key or `[index]`; empty at the top. */
  readonly label: string;
  /** The key whose value is being read, in an object. */
  key: string;
  /** Keys of this object already counted as duplicates. */
  duplicated?: Set<string>;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** A run of string characters that need no escape handling; controls end it, as JSON wants. */
// eslint-disable-next-line no-control-regex -- the controls JSON strings may not hold raw
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class NotJson extends Error {
  constructor(readonly offset: number) {
    super('Not JSON');
  }
}

/**
 * Reads JSON text into the value `JSON.parse` would return (the last of duplicate keys wins,
 * `__proto__` is an own key), except that containers deeper than `maxDepth` become
 * {@link ElidedJson}. Never throws.
 */
export function readJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonReading {
  try {
    return new Reader(text, maxDepth).read();
  } catch (error) {
    if (error instanceof NotJson) return { ok: false, offset: error.offset };
    throw error;
  }
}

class Reader {
  private position = 0;
  private readonly stack: Frame[] = [];
  /** Paths of the first few duplicate keys. */
  private readonly duplicates: string[] = [];
  private duplicateTotal = 0;
  private tooDeep = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  read(): JsonReading {
    const byteOrderMark = this.text.charCodeAt(0) === 0xfeff;
    if (byteOrderMark) this.position = 1;
    let value = this.readValue();
    for (;;) {
      const frame = this.stack.at(-1);
      if (!frame) break;
      this.store(frame, value);
      this.skipWhitespace();
      const next = this.text.charAt(this.position);
      const isArray = Array.isArray(frame.container);
      if (next === ',') {
        this.position += 1;
        if (!isArray) this.readKey(frame);
        value = this.readValue();
      } else if (next === (isArray ? ']' : '}')) {
        this.position += 1;
        value = this.close();
      } else {
        throw new NotJson(this.position);
      }
    }
    this.skipWhitespace();
    if (this.position !== this.text.length) throw new NotJson(this.position);
    const duplicateKeys = { names: this.duplicates, total: this.duplicateTotal };
    return { ok: true, value, quirks: { byteOrderMark, duplicateKeys, tooDeep: this.tooDeep } };
  }

  /**
   * Reads a scalar, or opens containers until it meets a scalar or an empty container: the
   * value returned is complete, and the frames opened on the way wait for their next member.
   */
  private readValue(): unknown {
    for (;;) {
      this.skipWhitespace();
      const char = this.text.charAt(this.position);
      if (char === '{' || char === '[') {
        this.position += 1;
        const frame = this.open(char === '[' ? [] : {});
        this.skipWhitespace();
        const closing = char === '[' ? ']' : '}';
        if (this.text.charAt(this.position) === closing) {
          this.position += 1;
          return this.close();
        }
        if (char === '{') this.readKey(frame);
        continue;
      }
      if (char === '"') return this.readString();
      if (this.text.startsWith('true', this.position)) return this.literal(4, true);
      if (this.text.startsWith('false', this.position)) return this.literal(5, false);
      if (this.text.startsWith('null', this.position)) return this.literal(4, null);
      return this.readNumber();
    }
  }

  private open(container: Container): Frame {
    const parent = this.stack.at(-1);
    const label =
      parent === undefined
        ? ''
        : Array.isArray(parent.container)
          ? `[${String(parent.container.length)}]`
          : parent.key;
    const frame: Frame = { container, label, key: '' };
    this.stack.push(frame);
    return frame;
  }

  /** Pops the innermost container and returns it, or what stands for it past the depth limit. */
  private close(): unknown {
    const depth = this.stack.length;
    const frame = this.stack.pop();
    if (!frame) throw new NotJson(this.position);
    if (depth <= this.maxDepth) return frame.container;
    this.tooDeep = true;
    return Array.isArray(frame.container) ? ElidedJson.array : ElidedJson.object;
  }

  private store(frame: Frame, value: unknown): void {
    const { container } = frame;
    if (Array.isArray(container)) {
      container.push(value);
      return;
    }
    const { key } = frame;
    if (Object.hasOwn(container, key)) this.noteDuplicate(frame);
    if (key === '__proto__') {
      // Plain assignment would set the prototype; JSON.parse makes an own member.
      Object.defineProperty(container, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      container[key] = value;
    }
  }

  /** Counts a key once per object however often it repeats, and names the first few. */
  private noteDuplicate(frame: Frame): void {
    const { key } = frame;
    frame.duplicated ??= new Set();
    if (frame.duplicated.has(key)) return;
    frame.duplicated.add(key);
    this.duplicateTotal += 1;
    if (this.duplicates.length >= MAX_NAMED_DUPLICATES) return;
    // Built for the named few only: under deep nesting a path is thousands of labels long.
    const labels = this.stack.map((open) => open.label).filter((label) => label !== '');
    this.duplicates.push([...labels, key].join('.').replaceAll('.[', '['));
  }

  private readKey(frame: Frame): void {
    this.skipWhitespace();
    if (this.text.charAt(this.position) !== '"') throw new NotJson(this.position);
    frame.key = this.readString();
    this.skipWhitespace();
    if (this.text.charAt(this.position) !== ':') throw new NotJson(this.position);
    this.position += 1;
  }

  private readString(): string {
    const { text } = this;
    // Past the opening quote.
    this.position += 1;
    let result = '';
    for (;;) {
      PLAIN.lastIndex = this.position;
      PLAIN.test(text);
      result += text.slice(this.position, PLAIN.lastIndex);
      this.position = PLAIN.lastIndex;
      const char = text.charAt(this.position);
      if (char === '"') {
        this.position += 1;
        return result;
      }
      if (char !== '\\') throw new NotJson(this.position);
      const escape = text.charAt(this.position + 1);
      if (escape === 'u') {
        HEX4.lastIndex = this.position + 2;
        if (!HEX4.test(text)) throw new NotJson(this.position);
        // Lone surrogates included, as JSON.parse reads them.
        result += String.fromCharCode(parseInt(text.slice(this.position + 2, HEX4.lastIndex), 16));
        this.position = HEX4.lastIndex;
        continue;
      }
      const replacement = Object.hasOwn(ESCAPES, escape) ? ESCAPES[escape] : undefined;
      if (replacement === undefined) throw new NotJson(this.position);
      result += replacement;
      this.position += 2;
    }
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.position;
    if (!NUMBER.test(this.text) || NUMBER.lastIndex === this.position) {
      throw new NotJson(this.position);
    }
    const lexeme = this.text.slice(this.position, NUMBER.lastIndex);
    this.position = NUMBER.lastIndex;
    // The same conversion as JSON.parse, 1e400 to Infinity included.
    return Number(lexeme);
  }

  private literal<T>(length: number, value: T): T {
    this.position += length;
    return value;
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.position;
    WHITESPACE.test(this.text);
    this.position = WHITESPACE.lastIndex;
  }
}
