import { MAX_DURATION_INPUT_LENGTH, readDuration } from './duration.ts';

/**
 * "Not before" as people type it: Unix seconds ("1796231400"), an ISO 8601 date-time with its
 * offset ("2026-12-02T17:10:00Z", "2026-12-03T02:10+09:00"), or a time from now ("+10m", "+2h",
 * "+1h30m"). Pure (the current time is passed in), never throws, and reads no more than
 * {@link MAX_NOT_BEFORE_INPUT_LENGTH} characters.
 *
 * A date-time without an offset is refused rather than read in some time zone: the page would be
 * guessing whose clock it is.
 */

/** The longest ISO 8601 form accepted, with nanoseconds and an offset, is 35 characters. */
export const MAX_NOT_BEFORE_INPUT_LENGTH = 40;

export interface NotBefore {
  /**
   * Seconds since the epoch. Plain numbers pass through as typed, for the rules to judge; a
   * date-time's fraction of a second is dropped, as JWT libraries round NumericDates down.
   */
  readonly seconds: number;
  readonly form: 'unix' | 'dateTime' | 'fromNow';
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * The moment in `text` (trimmed), or undefined when it is empty, too long, or not one of the
 * accepted forms (a date that does not exist, like February 30th, included).
 *
 * @example
 * ```ts
 * readNotBefore('2026-12-02T17:10:00Z', now); // { seconds: 1796231400, form: 'dateTime' }
 * readNotBefore('+10m', 1_796_231_400);       // { seconds: 1796232000, form: 'fromNow' }
 * ```
 */
export function readNotBefore(text: string, nowSeconds: number): NotBefore | undefined {
  if (text.length > MAX_NOT_BEFORE_INPUT_LENGTH) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (PLAIN_NUMBER.test(trimmed)) return { seconds: Number(trimmed), form: 'unix' };
  if (trimmed.startsWith('+') && trimmed.length <= MAX_DURATION_INPUT_LENGTH) {
    const after = readDuration(trimmed.slice(1));
    // "+600" is read above as Unix seconds, as the field always has; from now needs a unit.
    if (after?.form !== 'units') return undefined;
    return { seconds: nowSeconds + after.seconds, form: 'fromNow' };
  }
  const seconds = readDateTime(trimmed);
  return seconds === undefined ? undefined : { seconds, form: 'dateTime' };
}

function readDateTime(text: string): number | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zulu, sign, oh, om] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (zulu === undefined) {
    const [offsetHours, offsetMinutes] = [Number(oh), Number(om)];
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (sign === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
