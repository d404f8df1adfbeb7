/**
 * When a token works, as Twilio checks it: the rules the inspector's checks, tokenTimes (the
 * Compare tab) and Recent tokens all take from here.
 */

/** `exp` is the first second the token no longer works (RFC 7519 §4.1.4). */
export function hasExpired(exp: number, now: number): boolean {
  return exp <= now;
}

/** `nbf` still ahead of `now`, beyond the clock skew a reader allows. */
export function isNotYetValid(nbf: number, now: number, skewSeconds: number): boolean {
  return nbf > now + skewSeconds;
}

/** A JWT NumericDate: any finite JSON number (JSON.parse turns 1e400 into Infinity). */
export function numericDate(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
