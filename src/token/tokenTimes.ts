import { DEFAULT_CLOCK_SKEW_SECONDS } from './diagnose/limits.ts';
import { hasExpired, isNotYetValid, numericDate } from './timeRules.ts';

/**
 * A token's times, by the rules of timeRules.ts, as spans, not only instants: how long it lives
 * after it was issued, when it becomes valid relative to its issue, and where it stands at a
 * given moment. What makes two tokens' times comparable when they were issued hours apart.
 *
 * @example
 * ```ts
 * tokenTimes({ iat: 1000, exp: 4600 }, { now: 2000 });
 * // { issuedAt: 1000, expiresAt: 4600, lifetime: { seconds: 3600, from: 'iat' },
 * //   validFrom: { kind: 'atOnce' }, status: { state: 'valid', secondsLeft: 2600 } }
 * ```
 */

/** `exp` minus `iat`, else minus `nbf`: what the token was made to live. */
export interface Lifetime {
  readonly seconds: number;
  readonly from: 'iat' | 'nbf';
}

/** When the token becomes valid, said relative to its issue. */
export type ValidFrom =
  /** No `nbf`: valid as soon as it is issued. */
  | { readonly kind: 'atOnce' }
  /** `nbf` minus `iat`: 0 is "from issue", negative is backdated. */
  | { readonly kind: 'afterIssue'; readonly seconds: number }
  /** An `nbf` without an `iat` to measure it from (as twilio-python writes). */
  | { readonly kind: 'noIssueTime' }
  /** `nbf` is there but is no number, so no reader can use it. */
  | { readonly kind: 'unreadable' };

/** Where the token stands at the inspector's `now`. */
export type TimeStatus =
  | { readonly state: 'valid'; readonly secondsLeft: number }
  | { readonly state: 'expired'; readonly secondsAgo: number }
  | { readonly state: 'notYetValid'; readonly secondsAhead: number }
  /** `exp` is missing or no number: Twilio refuses the token whatever the time. */
  | { readonly state: 'noExpiry' };

export interface TokenTimes {
  /** Each claim when it is a number; absent otherwise. */
  readonly issuedAt?: number;
  readonly notBefore?: number;
  readonly expiresAt?: number;
  /** Absent without a numeric `exp`, or with neither `iat` nor `nbf` to start from. */
  readonly lifetime?: Lifetime;
  readonly validFrom: ValidFrom;
  readonly status: TimeStatus;
}

export interface TimeOptions {
  /** The inspector's clock, in seconds since the epoch. */
  readonly now: number;
  /** How far `nbf` may be ahead of `now`, as the inspector allows. */
  readonly clockSkewSeconds?: number;
}

/** The times of a decoded payload. Never throws; values of the wrong type count as absent. */
export function tokenTimes(
  payload: Readonly<Record<string, unknown>>,
  options: TimeOptions,
): TokenTimes {
  const { now, clockSkewSeconds = DEFAULT_CLOCK_SKEW_SECONDS } = options;
  const iat = numericDate(payload.iat);
  const nbf = numericDate(payload.nbf);
  const exp = numericDate(payload.exp);
  return {
    ...optional('issuedAt', iat),
    ...optional('notBefore', nbf),
    ...optional('expiresAt', exp),
    ...optional('lifetime', lifetimeOf(iat, nbf, exp)),
    validFrom: validFromOf(payload.nbf, nbf, iat),
    status: statusOf(now, clockSkewSeconds, nbf, exp),
  };
}

function validFromOf(raw: unknown, nbf?: number, iat?: number): ValidFrom {
  if (raw === undefined) return { kind: 'atOnce' };
  if (nbf === undefined) return { kind: 'unreadable' };
  if (iat === undefined) return { kind: 'noIssueTime' };
  return { kind: 'afterIssue', seconds: nbf - iat };
}

/** Expired first, then not yet valid: the order Twilio's errors 20104 and 20105 come in. */
function statusOf(now: number, skew: number, nbf?: number, exp?: number): TimeStatus {
  if (exp === undefined) return { state: 'noExpiry' };
  if (hasExpired(exp, now)) return { state: 'expired', secondsAgo: now - exp };
  if (nbf !== undefined && isNotYetValid(nbf, now, skew)) {
    return { state: 'notYetValid', secondsAhead: nbf - now };
  }
  return { state: 'valid', secondsLeft: exp - now };
}

/** `exp` minus `iat`, else minus `nbf`; undefined when the token says neither. */
export function lifetimeOf(iat?: number, nbf?: number, exp?: number): Lifetime | undefined {
  if (exp === undefined) return undefined;
  if (iat !== undefined) return { seconds: exp - iat, from: 'iat' };
  if (nbf !== undefined) return { seconds: exp - nbf, from: 'nbf' };
  return undefined;
}

/** `{ [key]: value }`, or nothing when the value is undefined (optional fields stay absent). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
