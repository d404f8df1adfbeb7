import { describe, expect, it } from 'vitest';
import { groupDigits } from './formatNumber.ts';

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [86_400, '86,400'],
    [1_234_567, '1,234,567'],
    [-16_384, '-16,384'],
    [12_345.5, '12,345.5'],
  ])('writes %d as %s, as toLocaleString("en-US") does', (value, text) => {
    expect(groupDigits(value)).toBe(text);
    expect(groupDigits(value)).toBe(value.toLocaleString('en-US'));
  });
});
