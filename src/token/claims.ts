import { grantsPayload, type GrantOptions, type GrantsPayload } from './grants/index.ts';

export const ACCESS_TOKEN_CONTENT_TYPE = 'twilio-fpa;v=1';

export type SigningAlgorithm = 'HS256' | 'HS384' | 'HS512';

/** Key order matters for byte-identity: this is the order jsonwebtoken writes for twilio-node. */
// Type aliases rather than interfaces, so they pass as plain JSON records to the decoder views.
export type AccessTokenHeader = {
  alg: 'HS256';
  typ: 'JWT';
  cty: typeof ACCESS_TOKEN_CONTENT_TYPE;
};

export type AccessTokenPayload = {
  jti: string;
  grants: GrantsPayload;
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
}

export function accessTokenHeader(): AccessTokenHeader {
  return { alg: 'HS256', typ: 'JWT', cty: ACCESS_TOKEN_CONTENT_TYPE };
}

/**
 * The payload in twilio-node's key order: its own `jti` and `grants`, then what jsonwebtoken
 * appends (`iat`, `exp`, `iss`, `sub`). JSON.stringify keeps insertion order, so this order is
 * the byte order of the token.
 */
export function accessTokenPayload(input: ClaimsInput): AccessTokenPayload {
  return {
    jti: `${input.apiKeySid}-${input.issuedAt}`,
    grants: grantsPayload(input.identity, input.grants),
    iat: input.issuedAt,
    exp: input.issuedAt + input.ttl,
    iss: input.apiKeySid,
    sub: input.accountSid,
  };
}
