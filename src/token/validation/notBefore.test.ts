import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOT_BEFORE_INPUT_LENGTH, readNotBefore } from './notBefore.ts';

const NOW = 1_796_231_400; // 2026-12-02T17:10:00Z

describe('readNotBefore', () => {
  it('reads Unix seconds as the field always has', () => {
    expect(readNotBefore('1796231400', NOW)).toEqual({ seconds: 1_796_231_400, form: 'unix' });
    expect(readNotBefore('+600', NOW)).toEqual({ seconds: 600, form: 'unix' });
    expect(readNotBefore('1.5', NOW)).toEqual({ seconds: 1.5, form: 'unix' });
  });

  it('reads an ISO 8601 date-time with its offset', () => {
    const at = (text: string) => readNotBefore(text, NOW);
    expect(at('2026-12-02T17:10:00Z')).toEqual({ seconds: NOW, form: 'dateTime' });
    expect(at('2026-12-02 17:10Z')?.seconds).toBe(NOW);
    expect(at('2026-12-03T02:10:00+09:00')?.seconds).toBe(NOW);
    expect(at('2026-12-02T12:10:00-0500')?.seconds).toBe(NOW);
    expect(at('2026-12-02T17:10:00.999Z')?.seconds).toBe(NOW);
    expect(at('2028-02-29T00:00:00Z')?.seconds).toBe(Date.UTC(2028, 1, 29) / 1000);
  });

  it('refuses a date-time without an offset, or one that does not exist', () => {
    for (const text of [
      '2026-12-02T17:10:00',
      '2026-12-02',
      '2026-02-30T00:00Z',
      '2027-02-29T00:00Z',
      '2026-13-01T00:00Z',
      '2026-12-02T24:00Z',
      '2026-12-02T17:60Z',
      '2026-12-02T17:10:60Z',
      '2026-12-02T17:10+24:00',
      'tomorrow',
    ]) {
      expect(readNotBefore(text, NOW), text).toBeUndefined();
    }
    expect(readNotBefore('1'.repeat(MAX_NOT_BEFORE_INPUT_LENGTH + 1), NOW)).toBeUndefined();
  });

  it('reads a time from now with its unit', () => {
    expect(readNotBefore('+10m', NOW)).toEqual({ seconds: NOW + 600, form: 'fromNow' });
    expect(readNotBefore('+2h', NOW)).toEqual({ seconds: NOW + 7200, form: 'fromNow' });
    expect(readNotBefore(' +1h30m ', NOW)?.seconds).toBe(NOW + 5400);
    expect(readNotBefore('+', NOW)).toBeUndefined();
    expect(readNotBefore('+ten minutes', NOW)).toBeUndefined();
    expect(readNotBefore('-10m', NOW)).toBeUndefined();
  });

  it('agrees with the platform’s own reading of every ISO 8601 date-time with an offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2286-11-20T00:00:00Z') }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offsetMinutes) => {
          fc.pre(!Number.isNaN(date.getTime()));
          const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const pad = (n: number) => String(n).padStart(2, '0');
          const text = `${shifted.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(readNotBefore(text, NOW)).toEqual({
            seconds: Math.floor(Date.parse(text) / 1000),
            form: 'dateTime',
          });
        },
      ),
    );
  });

  it('never throws, and every answer is a finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 48 }), fc.nat(), (text, now) => {
        const read = readNotBefore(text, now);
        if (read) expect(Number.isFinite(read.seconds)).toBe(true);
      }),
    );
  });
});
