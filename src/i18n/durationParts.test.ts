import { describe, expect, it } from 'vitest';
import { durationParts } from './durationParts.ts';
import { firstVisit as en } from './en/pieces/firstVisit.ts';
import { firstVisit as ja } from './ja/pieces/firstVisit.ts';

describe('a TTL in words', () => {
  it('says hours, minutes and seconds, leaving out what is zero', () => {
    expect(en.preview.duration(durationParts(14_400))).toBe('4 hours');
    expect(en.preview.duration(durationParts(3_661))).toBe('1 hour 1 minute 1 second');
    expect(en.preview.duration(durationParts(90))).toBe('1 minute 30 seconds');
    expect(en.preview.duration(durationParts(86_400))).toBe('24 hours');
  });

  it('says it in Japanese', () => {
    expect(ja.preview.duration(durationParts(14_400))).toBe('4時間');
    expect(ja.preview.duration(durationParts(5_430))).toBe('1時間30分30秒');
  });
});
