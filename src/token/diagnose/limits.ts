/**
 * The inspector's limits, shared by the checks and the signature verifier.
 *
 * Twilio's own tokens stay under 4 KiB even with every grant and long voice parameters, so 16 KiB
 * leaves room for odd hand-made tokens while a 1 MB paste is refused without being read.
 */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/**
 * How far in the future `nbf` may be before the token counts as not yet valid. Servers and phones
 * drift by seconds; a minute absorbs that without hiding a token meant for later.
 */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
