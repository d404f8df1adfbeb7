import { durationParts } from '../../durationParts.ts';
import { groupDigits } from '../../formatNumber.ts';
import { utcText } from '../../utcText.ts';

/** 5400 → “1 h 30 min”; 90 → “1 min 30 s”; 45 → “45 s”. */
export function hoursMinutes(seconds: number): string {
  const { hours: h, minutes: m, seconds: s } = durationParts(seconds);
  const parts = [
    h > 0 ? `${groupDigits(h)} h` : '',
    m > 0 ? `${m} min` : '',
    s > 0 ? `${s} s` : '',
  ];
  return parts.filter((part) => part !== '').join(' ') || '0 s';
}

/** What the TTL and Not before fields say below them about what was typed. */
export const timeInput = {
  ttlReadAs: (seconds: number) => `Read as ${groupDigits(seconds)} s = ${hoursMinutes(seconds)}`,
  nbfReadAs: (seconds: number) => `Read as ${utcText(seconds)} (${String(seconds)})`,
};
