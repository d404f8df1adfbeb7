/**
 * A length of time as people type it: seconds ("3600"), or hours, minutes and seconds with their
 * units ("4h", "90m", "1h30m", "1h 30m 15s"). Pure, never throws, and reads no more than
 * {@link MAX_DURATION_INPUT_LENGTH} characters.
 */

/** Longer than any duration worth typing; a longer paste is not read at all. */
export const MAX_DURATION_INPUT_LENGTH = 32;

export interface Duration {
  /** The whole value in seconds. Plain numbers pass through as typed ("1.5", "-3"), for the rules to judge. */
  readonly seconds: number;
  /** `seconds`: a plain number; `units`: written with h, m or s. */
  readonly form: 'seconds' | 'units';
}

/** A plain decimal number, as the field has always taken; the rules refuse fractions and signs. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** At least one of hours, minutes, seconds, in that order, each with its unit; spaces allowed between. */
const UNITS = /^(?:(\d{1,6})\s*h)?\s*(?:(\d{1,6})\s*m)?\s*(?:(\d{1,6})\s*s)?$/i;

const SECONDS_PER = { h: 3600, m: 60, s: 1 } as const;

/**
 * The duration in `text` (trimmed), or undefined when it is empty, too long or not one of the
 * accepted forms.
 *
 * @example
 * ```ts
 * readDuration('1h30m'); // { seconds: 5400, form: 'units' }
 * readDuration('3600');  // { seconds: 3600, form: 'seconds' }
 * readDuration('4 hrs'); // undefined
 * ```
 */
export function readDuration(text: string): Duration | undefined {
  if (text.length > MAX_DURATION_INPUT_LENGTH) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (PLAIN_NUMBER.test(trimmed)) return { seconds: Number(trimmed), form: 'seconds' };
  const match = UNITS.exec(trimmed);
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  if (hours === undefined && minutes === undefined && seconds === undefined) return undefined;
  return {
    seconds:
      Number(hours ?? 0) * SECONDS_PER.h +
      Number(minutes ?? 0) * SECONDS_PER.m +
      Number(seconds ?? 0) * SECONDS_PER.s,
    form: 'units',
  };
}
