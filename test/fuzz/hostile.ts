import fc from 'fast-check';
import { SID_PREFIXES } from '../../src/token/sid.ts';
import { sidOf } from '../support/arbitraries.ts';

/**
 * Hostile inputs for the fuzz properties: text people should not type but sometimes paste, and
 * numbers at and past the bounds the rules enforce. Test code only.
 */

const codePoint = (min: number, max: number) =>
  fc.integer({ min, max }).map((value) => String.fromCodePoint(value));

/** One UTF-16 unit from the surrogate range, unpaired: what cutting an emoji in half leaves. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));

/** Units that are exactly one code point each and never merge with a neighbour into one. */
export const singleCodePoint = fc.oneof(
  codePoint(0x20, 0x7e),
  // Hebrew and Arabic letters, and the marks that flip the direction of what follows.
  fc.constantFrom('א', 'ש', 'ا', 'ل', '\u202e', '\u202b', '\u200f', '\u061c', '\u2067'),
  // Combining marks: a base letter followed by dozens of them is still one grapheme.
  codePoint(0x300, 0x36f),
  codePoint(0x20d0, 0x20ff),
  // Outside the BMP: two UTF-16 units, one code point.
  codePoint(0x1f300, 0x1faff),
  codePoint(0x20000, 0x2a6df),
  fc.constantFrom('日', '本', 'é', 'ß', 'Ω'),
);

/** Controls, and the spaces a chat or a PDF slips into a copy, visible or not. */
export const spaceLike = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufeff',
);
const control = fc.oneof(codePoint(0, 0x1f), codePoint(0x7f, 0x9f));

const hostileUnit = fc.oneof(
  { arbitrary: singleCodePoint, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: spaceLike, weight: 1 },
);

/** At least 10,000 UTF-16 units: a short hostile chunk, repeated. */
export const longText = fc
  .tuple(
    fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 }),
    fc.integer({ min: 10_000, max: 12_000 }),
  )
  .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

/**
 * Any text: lone surrogates, RTL, combining marks, controls, invisible spaces, 10k characters.
 * Long text is rare per value (signing it is slow) but common per case, with many text fields.
 */
export const hostileText = fc.oneof(
  { arbitrary: fc.string({ unit: hostileUnit, maxLength: 40 }), weight: 30 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 8 },
  { arbitrary: longText, weight: 1 },
);

/** Exactly `length` code points, of every script and width. */
export const textOfCodePoints = (length: number) =>
  fc
    .array(singleCodePoint, { minLength: length, maxLength: length })
    .map((units) => units.join(''));

/** Names of exactly `max - 1`, `max` or `max + 1` code points. */
export const textAroundLength = (max: number) =>
  fc.oneof(textOfCodePoints(max - 1), textOfCodePoints(max), textOfCodePoints(max + 1));

/** Text that is nearly a SID of `prefix`: another kind, upper-case hex, one digit short or long. */
export const nearSid = (prefix: string) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...SID_PREFIXES), sidOf('')).map(([other, body]) => other + body),
    sidOf(prefix).map((sid) => sid.toUpperCase()),
    sidOf(prefix).map((sid) => sid.slice(0, -1)),
    sidOf(prefix).map((sid) => `${sid}0`),
    sidOf(prefix).map((sid) => sid.toLowerCase()),
    fc.tuple(sidOf(prefix), spaceLike).map(([sid, space]) => `${space}${sid}`),
    hostileText,
  );

/** Values no arithmetic on a bound should trip over. */
const SPECIAL_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e21,
];

/** Numbers at, next to and between each bound, the special ones, and anything else. */
export const numberNear = (bounds: readonly number[]) =>
  fc
    .oneof(
      {
        arbitrary: fc.tuple(fc.constantFrom(...bounds), fc.integer({ min: -2, max: 2 })),
        weight: 6,
      },
      {
        arbitrary: fc.tuple(
          fc.constantFrom(...bounds),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        weight: 2,
      },
      {
        arbitrary: fc.constantFrom(...SPECIAL_NUMBERS).map((value) => [value, 0] as const),
        weight: 1,
      },
      {
        arbitrary: fc.oneof(fc.integer(), fc.double()).map((value) => [value, 0] as const),
        weight: 1,
      },
    )
    .map(([bound, offset]) => bound + offset);

/** A number as someone types it into a text field, recognisably a whole number or not. */
export const typedNumber = (value: number) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\u00a0'),
      fc.constantFrom('', '+', '0', '00'),
      fc.constantFrom('', '.0', '.000'),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([before, prefix, fraction, after]) => {
      const digits = String(value);
      // A sign or zeros only go in front of plain digits; "+-5" or "0-5" would be another test.
      const plain = /^\d+$/.test(digits);
      const body = plain ? `${prefix}${digits}${fraction}` : digits;
      return `${before}${body}${after}`;
    });

/** Text that looks numeric to a person but is not plain decimal digits. */
export const notPlainDecimal = fc.constantFrom(
  '1e3',
  '0x10',
  '86,400',
  '３６００',
  '٣٦٠٠',
  '1_000',
  '.5',
  '5.',
  '--1',
  '+',
  '∞',
  'Infinity',
  'NaN',
);
