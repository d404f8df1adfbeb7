import { grantsPayload, type GrantOptions, type GrantsPayload } from './grants/index.ts';

export const ACCESS_TOKEN_CONTENT_TYPE = 'twilio-fpa;v=1';

/** The HMAC algorithms twilio-node allows. Twilio's docs require HS256. */
export const SIGNING_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
export const DEFAULT_ALGORITHM: SigningAlgorithm = 'HS256';

export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return (SIGNING_ALGORITHMS as readonly unknown[]).includes(value);
}

// Type aliases rather than interfaces, so they pass as plain JSON records to the decoder views.
/** Key order matters for byte-identity: this is the order jsonwebtoken writes for twilio-node. */
export type AccessTokenHeader = {
  alg: SigningAlgorithm;
  typ: 'JWT';
  cty: typeof ACCESS_TOKEN_CONTENT_TYPE;
  /** Twilio region of the API key, e.g. `ie1`. */
  twr?: string;
};

export type AccessTokenPayload = {
  jti: string;
  grants: GrantsPayload;
  nbf?: number;
  iat: number;
  exp: number;
  iss: string;
  sub: string;
};

export interface ClaimsInput {
  readonly accountSid: string;
  readonly apiKeySid: string;
  readonly identity: string;
  readonly ttl: number;
  readonly grants: GrantOptions;
  /** Issued-at, in seconds since the epoch. */
  readonly issuedAt: number;
  /** Not-before, in seconds since the epoch. */
  readonly notBefore?: number | undefined;
}

export function accessTokenHeader(
  algorithm: SigningAlgorithm = DEFAULT_ALGORITHM,
  region?: string,
): AccessTokenHeader {
  const header: AccessTokenHeader = { alg: algorithm, typ: 'JWT', cty: ACCESS_TOKEN_CONTENT_TYPE };
  if (region) header.twr = region;
  return header;
}

/**
 * The payload in twilio-node's key order: its own `jti`, `grants` and `nbf`, then what
 * jsonwebtoken appends (`iat`, `exp`, `iss`, `sub`). JSON.stringify keeps insertion order, so
 * this order is the byte order of the token.
 */
export function accessTokenPayload(input: ClaimsInput): AccessTokenPayload {
  const payload: AccessTokenPayload = {
    jti: `${input.apiKeySid}-${input.issuedAt}`,
    grants: grantsPayload(input.identity, input.grants),
    iat: input.issuedAt,
    exp: input.issuedAt + input.ttl,
    iss: input.apiKeySid,
    sub: input.accountSid,
  };
  if (input.notBefore === undefined) return payload;
  const { jti, grants, ...rest } = payload;
  return { jti, grants, nbf: input.notBefore, ...rest };
}
