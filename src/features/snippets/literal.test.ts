import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberLiteral } from './literal.ts';

describe('numberLiteral', () => {
  it('reads back as the number the token carries, digits only for safe integers', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const literal = numberLiteral(value);
        // What JSON.stringify puts in the token, read back: -0 becomes 0.
        expect(Number(literal)).toBe(JSON.parse(JSON.stringify(value)) as number);
        expect(/^-?\d+$/.test(literal)).toBe(Number.isSafeInteger(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what int64 and long cannot hold with an exponent', () => {
    expect(numberLiteral(2 ** 63)).toBe('9.223372036854776e+18');
    expect(numberLiteral(-(2 ** 63))).toBe('-9.223372036854776e+18');
    expect(numberLiteral(2 ** 53 + 2)).toBe('9.007199254740994e+15');
    expect(numberLiteral(2 ** 53 - 1)).toBe('9007199254740991');
    expect(numberLiteral(-0)).toBe('0');
    expect(numberLiteral(1e300)).toBe('1e+300');
  });
});
