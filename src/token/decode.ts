import { base64url } from 'jose';

export type TokenPart = 'header' | 'payload' | 'signature';

export type DecodeFailure =
  | { readonly reason: 'segmentCount'; readonly count: number }
  | { readonly reason: 'emptySegment'; readonly part: TokenPart }
  | { readonly reason: 'notBase64url'; readonly part: TokenPart }
  | { readonly reason: 'notJson'; readonly part: 'header' | 'payload' }
  | { readonly reason: 'notObject'; readonly part: 'header' | 'payload' };

/** Thrown when a string is not a JWS compact serialization with JSON object parts. */
export class TokenDecodeError extends Error {
  static readonly code = 'ERR_TOKEN_DECODE';
  readonly code = TokenDecodeError.code;
  override readonly name = 'TokenDecodeError';

  constructor(readonly failure: DecodeFailure) {
    super(`Cannot decode token: ${failure.reason}`);
  }
}

export interface DecodedToken {
  /** The three base64url segments, as they appear in the token. */
  readonly segments: {
    readonly header: string;
    readonly payload: string;
    readonly signature: string;
  };
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signature: Uint8Array;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits and decodes a compact JWT without checking its signature.
 *
 * @example
 * ```ts
 * const { header, payload } = decodeToken(jwt);
 * payload.grants; // { identity: 'alice', video: {} }
 * ```
 *
 * @throws {TokenDecodeError} saying which part is broken and how.
 */
export function decodeToken(compact: string): DecodedToken {
  const parts = compact.split('.');
  if (parts.length !== 3)
    throw new TokenDecodeError({ reason: 'segmentCount', count: parts.length });
  const [header = '', payload = '', signature = ''] = parts;
  return {
    segments: { header, payload, signature },
    header: decodeJsonObject(header, 'header'),
    payload: decodeJsonObject(payload, 'payload'),
    signature: decodeSegment(signature, 'signature'),
  };
}

function decodeSegment(segment: string, part: TokenPart): Uint8Array {
  if (segment === '') throw new TokenDecodeError({ reason: 'emptySegment', part });
  // Length 4n+1 can never come out of base64url encoding.
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) {
    throw new TokenDecodeError({ reason: 'notBase64url', part });
  }
  return base64url.decode(segment);
}

function decodeJsonObject(segment: string, part: 'header' | 'payload'): Record<string, unknown> {
  const bytes = decodeSegment(segment, part);
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    throw new TokenDecodeError({ reason: 'notJson', part });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TokenDecodeError({ reason: 'notObject', part });
  }
  return value as Record<string, unknown>;
}
