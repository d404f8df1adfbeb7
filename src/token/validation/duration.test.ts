import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DURATION_INPUT_LENGTH, readDuration } from './duration.ts';

describe('readDuration', () => {
  it('reads seconds as the field always has, and h, m, s as people write them', () => {
    expect(readDuration('3600')).toEqual({ seconds: 3600, form: 'seconds' });
    expect(readDuration(' 14400 ')).toEqual({ seconds: 14_400, form: 'seconds' });
    expect(readDuration('4h')).toEqual({ seconds: 14_400, form: 'units' });
    expect(readDuration('90m')).toEqual({ seconds: 5400, form: 'units' });
    expect(readDuration('1h30m')).toEqual({ seconds: 5400, form: 'units' });
    expect(readDuration('1h 30m 15s')).toEqual({ seconds: 5415, form: 'units' });
    expect(readDuration('45S')).toEqual({ seconds: 45, form: 'units' });
    expect(readDuration('24h')).toEqual({ seconds: 86_400, form: 'units' });
  });

  it('passes plain numbers through for the rules to judge', () => {
    expect(readDuration('1.5')).toEqual({ seconds: 1.5, form: 'seconds' });
    expect(readDuration('-3')).toEqual({ seconds: -3, form: 'seconds' });
  });

  it('reads nothing else, and nothing over its length', () => {
    for (const text of [
      '',
      ' ',
      'h',
      '4 hrs',
      '30m1h',
      '1.5h',
      '4h-',
      '1e3',
      '0x10',
      '4d',
      'Infinity',
    ]) {
      expect(readDuration(text), text).toBeUndefined();
    }
    expect(readDuration('1'.repeat(MAX_DURATION_INPUT_LENGTH + 1))).toBeUndefined();
  });

  it('reads h, m and s written any way round the spaces as their sum', () => {
    fc.assert(
      fc.property(
        fc.option(fc.nat(999)),
        fc.option(fc.nat(999)),
        fc.option(fc.nat(999)),
        fc.constantFrom('', ' '),
        (h, m, s, gap) => {
          fc.pre(h !== null || m !== null || s !== null);
          const parts = [
            h === null ? '' : `${h}h`,
            m === null ? '' : `${m}m`,
            s === null ? '' : `${s}s`,
          ];
          const text = parts.filter((part) => part !== '').join(gap);
          expect(readDuration(text)).toEqual({
            seconds: (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0),
            form: 'units',
          });
        },
      ),
    );
  });

  it('never throws, and every answer is a finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const read = readDuration(text);
        if (read) expect(Number.isFinite(read.seconds)).toBe(true);
      }),
    );
  });
});
