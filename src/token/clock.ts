/** Milliseconds since the Unix epoch, like `Date.now`. Injected so tests can freeze time. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** JWT NumericDate: whole seconds since the epoch, rounded down as every Twilio library does. */
export function epochSeconds(clock: Clock): number {
  return Math.floor(clock() / 1000);
}
