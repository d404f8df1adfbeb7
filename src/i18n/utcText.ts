import { groupDigits } from './formatNumber.ts';

/**
 * A NumericDate as the findings and the Compare tab write it, the same in every language:
 * `2026-11-28 08:59:00 UTC`; the bare number when no calendar date can hold it.
 *
 * @example
 * ```ts
 * utcText(1_795_856_340); // '2026-11-28 08:59:00 UTC'
 * utcText(1e300); // '1e+300'
 * ```
 */
export function utcText(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  if (Number.isNaN(date.getTime())) return groupDigits(epochSeconds);
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
