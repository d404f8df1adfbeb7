import { CompactSign } from 'jose';
import {
  accessTokenHeader,
  accessTokenPayload,
  type AccessTokenHeader,
  type AccessTokenPayload,
} from './claims.ts';
import { epochSeconds, systemClock, type Clock } from './clock.ts';
import { InvalidTokenInputError } from './errors.ts';
import type { TokenField } from './fields.ts';
import type { GrantOptions } from './grants/index.ts';
import type { InputProblem } from './problems.ts';
import { importSigningKey } from './signingKey.ts';
import {
  checkIdentity,
  checkRoom,
  checkSecret,
  checkSid,
  checkTtl,
  DEFAULT_TTL_SECONDS,
} from './validation/rules.ts';

export interface AccessTokenRequest {
  readonly accountSid: string;
  readonly apiKeySid: string;
  readonly apiKeySecret: string;
  readonly identity: string;
  /** Lifetime in seconds, 1 to 86400. Default 3600. */
  readonly ttl?: number;
  readonly grants: GrantOptions;
  /** Defaults to the system clock; tests pass a frozen one. */
  readonly clock?: Clock;
}

export interface SignedAccessToken {
  /** The compact JWT, ready to paste into a client SDK. */
  readonly jwt: string;
  readonly header: AccessTokenHeader;
  readonly payload: AccessTokenPayload;
}

const encoder = new TextEncoder();

/**
 * Builds and signs a Twilio Access Token, byte for byte as twilio-node's `AccessToken.toJwt()`.
 *
 * @example
 * ```ts
 * const { jwt } = await createAccessToken({
 *   accountSid: 'AC…', apiKeySid: 'SK…', apiKeySecret: '…',
 *   identity: 'alice', ttl: 3600, grants: { video: { room: 'daily-standup' } },
 * });
 * ```
 *
 * @throws {InvalidTokenInputError} naming the field, when an input breaks a rule.
 */
export async function createAccessToken(request: AccessTokenRequest): Promise<SignedAccessToken> {
  const ttl = request.ttl ?? DEFAULT_TTL_SECONDS;
  assertValid('accountSid', checkSid(request.accountSid, 'AC'));
  assertValid('apiKeySid', checkSid(request.apiKeySid, 'SK'));
  assertValid('apiKeySecret', checkSecret(request.apiKeySecret));
  assertValid('identity', checkIdentity(request.identity));
  assertValid('ttl', checkTtl(ttl));
  if (request.grants.video?.room !== undefined)
    assertValid('room', checkRoom(request.grants.video.room));

  const header = accessTokenHeader();
  const payload = accessTokenPayload({
    accountSid: request.accountSid,
    apiKeySid: request.apiKeySid,
    identity: request.identity,
    ttl,
    grants: request.grants,
    issuedAt: epochSeconds(request.clock ?? systemClock),
  });
  const key = await importSigningKey(request.apiKeySecret, header.alg);
  const jwt = await new CompactSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(key);
  return { jwt, header, payload };
}

function assertValid(field: TokenField, problem: InputProblem | undefined): void {
  if (problem) throw new InvalidTokenInputError(field, problem);
}
