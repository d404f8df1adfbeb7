import { CompactSign } from 'jose';
import {
  accessTokenHeader,
  accessTokenPayload,
  DEFAULT_ALGORITHM,
  isSigningAlgorithm,
  type AccessTokenHeader,
  type AccessTokenPayload,
  type SigningAlgorithm,
} from './claims.ts';
import { epochSeconds, systemClock, type Clock } from './clock.ts';
import { InvalidTokenInputError } from './errors.ts';
import { formFieldAt, isTokenField, type TokenField } from './fields.ts';
import type { GrantOptions } from './grants/index.ts';
import { productFindings } from './grants/rules/index.ts';
import type { InputProblem } from './problems.ts';
import { importSigningKey } from './signingKey.ts';
import { grantProblems } from './validation/grantRules.ts';
import {
  checkIdentity,
  checkNotBefore,
  checkRegion,
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
  /** Not-before time, in seconds since the epoch. */
  readonly nbf?: number | undefined;
  /** Twilio region of the API key (`us1`, `ie1`, `au1`…), written to the header as `twr`. */
  readonly region?: string | undefined;
  /** Default HS256, which Twilio's docs require; twilio-node also allows HS384 and HS512. */
  readonly algorithm?: SigningAlgorithm | undefined;
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
  const algorithm = request.algorithm ?? DEFAULT_ALGORITHM;
  const issuedAt = epochSeconds(request.clock ?? systemClock);
  assertValid('accountSid', checkSid(request.accountSid, 'AC'));
  assertValid('apiKeySid', checkSid(request.apiKeySid, 'SK'));
  assertValid('apiKeySecret', checkSecret(request.apiKeySecret));
  assertValid('identity', checkIdentity(request.identity));
  assertValid('ttl', checkTtl(ttl));
  if (!isSigningAlgorithm(algorithm)) assertValid('algorithm', { code: 'unsupportedAlgorithm' });
  if (request.nbf !== undefined) {
    assertValid('nbf', checkNotBefore(request.nbf));
    if (request.nbf >= issuedAt + ttl) assertValid('nbf', { code: 'notBeforeAfterExpiry' });
  }
  if (request.region !== undefined) assertValid('region', checkRegion(request.region));
  const [grantProblem] = grantProblems(request.grants);
  if (grantProblem) assertValid(...grantProblem);
  const refused = productFindings(request.identity, request.grants).find(
    (item) => item.severity === 'error',
  );
  if (refused) assertValid(tokenFieldAt(refused.at), { code: 'productRule', finding: refused });

  const header = accessTokenHeader(algorithm, request.region);
  const payload = accessTokenPayload({
    accountSid: request.accountSid,
    apiKeySid: request.apiKeySid,
    identity: request.identity,
    ttl,
    grants: request.grants,
    issuedAt,
    notBefore: request.nbf,
  });
  const key = await importSigningKey(request.apiKeySecret, algorithm);
  const jwt = await new CompactSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(key);
  return { jwt, header, payload };
}

/** The field a product rule's finding belongs to; the grants as a whole when it names none. */
function tokenFieldAt(at: readonly string[] | undefined): TokenField {
  const field = at && formFieldAt(at);
  return field !== undefined && isTokenField(field) ? field : 'grants';
}

function assertValid(field: TokenField, problem: InputProblem | undefined): void {
  if (problem) throw new InvalidTokenInputError(field, problem);
}
