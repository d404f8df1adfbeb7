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
 * future (20105), and a lifetime over 24 hours (20157).
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
  const { exp, nbf, iat } = payload;
  if (exp === undefined) findings.push(finding('expiryMissing', { found: 'absent' }));
  else if (!isNumericDate(exp)) findings.push(finding('expiryMissing', { found: 'notNumber' }));
  else if (exp <= now) findings.push(finding('expired', { exp, now, secondsAgo: now - exp }));

  if (nbf !== undefined && !isNumericDate(nbf)) {
    findings.push(finding('notBeforeNotNumber', {}));
  } else if (isNumericDate(nbf) && nbf > now + skewSeconds) {
    findings.push(finding('notYetValid', { nbf, now, secondsAhead: nbf - now, skewSeconds }));
  }
  if (iat !== undefined && !isNumericDate(iat)) findings.push(finding('issuedAtNotNumber', {}));
  if (!isNumericDate(exp)) return findings;

  if (isNumericDate(nbf) && nbf >= exp) findings.push(finding('neverValid', { nbf, exp }));
  const [start, from] = isNumericDate(iat)
    ? [iat, 'iat' as const]
    : isNumericDate(nbf)
      ? [nbf, 'nbf' as const]
      : [now, 'now' as const];
  const lifetimeSeconds = exp - start;
  if (lifetimeSeconds > MAX_TTL_SECONDS) {
    findings.push(
      finding('lifetimeTooLong', { lifetimeSeconds, from, maxSeconds: MAX_TTL_SECONDS }),
    );
  }
  return findings;
}

/** A JWT NumericDate: any finite JSON number (JSON.parse turns 1e400 into Infinity). */
function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
