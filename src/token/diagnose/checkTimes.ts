import { hasExpired, isNotYetValid, numericDate } from '../timeRules.ts';
import { lifetimeOf } from '../tokenTimes.ts';
import { MAX_TTL_SECONDS } from '../validation/rules.ts';
import { finding, type Finding } from './findings.ts';

export interface TimeCheckOptions {
  /** The inspector's clock, in seconds since the epoch. */
  readonly now: number;
  /** How far `nbf` may be ahead of `now` before it counts. */
  readonly skewSeconds: number;
}

/**
 * Checks the token's validity window: expired or missing `exp` (Twilio error 20104), `nbf` in the
 * future (20105), a lifetime over 24 hours (20157), and times that cannot be right: `iat` ahead
 * of the clock, `iat` or `nbf` after `exp`.
 *
 * Neither `iat` nor `nbf` is required: twilio-node writes `iat`, the other official libraries
 * write `nbf` or neither. The lifetime is measured from `iat`, else `nbf`, else from now, which is
 * the most a token without either can still live.
 *
 * @example
 * ```ts
 * checkTimes({ exp: 1000, iat: 0 }, { now: 2000, skewSeconds: 60 });
 * // [{ code: 'expired', params: { exp: 1000, now: 2000, secondsAgo: 1000 }, … }]
 * ```
 */
export function checkTimes(
  payload: Record<string, unknown>,
  { now, skewSeconds }: TimeCheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  const [exp, nbf, iat] = [
    numericDate(payload.exp),
    numericDate(payload.nbf),
    numericDate(payload.iat),
  ];
  if (payload.exp === undefined) findings.push(finding('expiryMissing', { found: 'absent' }));
  else if (exp === undefined) findings.push(finding('expiryMissing', { found: 'notNumber' }));
  else if (hasExpired(exp, now))
    findings.push(finding('expired', { exp, now, secondsAgo: now - exp }));

  if (payload.nbf !== undefined && nbf === undefined) {
    findings.push(finding('notBeforeNotNumber', {}));
  } else if (nbf !== undefined && isNotYetValid(nbf, now, skewSeconds)) {
    findings.push(finding('notYetValid', { nbf, now, secondsAhead: nbf - now, skewSeconds }));
  }
  if (payload.iat !== undefined && iat === undefined)
    findings.push(finding('issuedAtNotNumber', {}));
  // Twilio publishes no error for it; an SDK that checks iat sees a token from the future, and
  // the cause is the issuing server's clock (error 20105's advice for nbf: "check whether your
  // computer's clock has drifted", https://www.twilio.com/docs/api/errors/20105).
  if (iat !== undefined && isNotYetValid(iat, now, skewSeconds)) {
    findings.push(finding('issuedInFuture', { iat, now, secondsAhead: iat - now }));
  }
  if (exp === undefined) return findings;

  if (iat !== undefined && iat > exp) findings.push(finding('issuedAfterExpiry', { iat, exp }));
  if (nbf !== undefined && nbf >= exp) findings.push(finding('neverValid', { nbf, exp }));
  // Without iat or nbf, from now: the most such a token can still live.
  const { seconds: lifetimeSeconds, from } = lifetimeOf(iat, nbf, exp) ?? {
    seconds: exp - now,
    from: 'now' as const,
  };
  if (lifetimeSeconds > MAX_TTL_SECONDS) {
    findings.push(
      finding('lifetimeTooLong', { lifetimeSeconds, from, maxSeconds: MAX_TTL_SECONDS }),
    );
  }
  return findings;
}
