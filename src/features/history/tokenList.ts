import type { AccessTokenRequest, SignedAccessToken } from '../../token/createAccessToken.ts';
import { GRANT_ORDER, type GrantName } from '../../token/grants/index.ts';
import { hasExpired, isNotYetValid } from '../../token/timeRules.ts';

/** One token made in this tab, with what a person needs to tell it from the others. */
export interface RecentToken {
  /** Unique within the tab, for React keys. */
  readonly id: number;
  readonly jwt: string;
  readonly identity: string;
  readonly grants: readonly GrantName[];
  /** Seconds since the epoch, from the token's own claims. */
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly notBefore?: number;
}

/** Enough to find yesterday's work again, few enough to stay a glance. */
export const MAX_RECENT_TOKENS = 20;

/**
 * The list with `token` first, keeping at most MAX_RECENT_TOKENS. Memory only: tokens are
 * credentials, so they never reach storage and vanish on reload.
 */
export function addRecentToken(
  list: readonly RecentToken[],
  token: SignedAccessToken,
  request: Pick<AccessTokenRequest, 'grants'>,
  id: number,
): RecentToken[] {
  const { payload } = token;
  const entry: RecentToken = {
    id,
    jwt: token.jwt,
    identity: payload.grants.identity,
    grants: GRANT_ORDER.filter((name) => request.grants[name] !== undefined),
    issuedAt: payload.iat,
    expiresAt: payload.exp,
    ...(payload.nbf === undefined ? {} : { notBefore: payload.nbf }),
  };
  return [entry, ...list].slice(0, MAX_RECENT_TOKENS);
}

export type TokenStatus = 'valid' | 'expired' | 'notYetValid';

/** Whether Twilio would take the token at `nowSeconds`, its own clock skew aside. */
export function tokenStatus(token: RecentToken, nowSeconds: number): TokenStatus {
  if (hasExpired(token.expiresAt, nowSeconds)) return 'expired';
  if (token.notBefore !== undefined && isNotYetValid(token.notBefore, nowSeconds, 0)) {
    return 'notYetValid';
  }
  return 'valid';
}
