import { describe, expect, it } from 'vitest';
import { utcText } from './utcText.ts';

describe('utcText', () => {
  it('writes a NumericDate as a UTC date and time, whole seconds', () => {
    expect(utcText(1_795_856_340)).toBe('2026-11-28 08:59:00 UTC');
    expect(utcText(0)).toBe('1970-01-01 00:00:00 UTC');
    expect(utcText(1_795_856_340.9)).toBe('2026-11-28 08:59:00 UTC');
  });

  it('writes the bare number when no date can hold it', () => {
    expect(utcText(1e300)).toBe('1e+300');
    expect(utcText(9e15)).toBe('9,000,000,000,000,000');
  });
});
