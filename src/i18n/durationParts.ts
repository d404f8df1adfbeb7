/** A number of seconds as people say it: whole hours, minutes and seconds. */
export interface DurationParts {
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * Splits whole seconds into hours, minutes and seconds, for the words to say.
 *
 * @example
 * ```ts
 * durationParts(5400); // { hours: 1, minutes: 30, seconds: 0 }
 * ```
 */
export function durationParts(totalSeconds: number): DurationParts {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return {
    hours: Math.floor(whole / 3600),
    minutes: Math.floor((whole % 3600) / 60),
    seconds: whole % 60,
  };
}
