import { base64url } from 'jose';
import { readJson, type JsonQuirks } from './json/readJson.ts';

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
  /**
   * What reading each part's JSON met that `JSON.parse` passes over in silence: a byte order
   * mark, duplicate keys (the last one is kept, as JSON.parse does), nesting cut short.
   */
  readonly quirks: { readonly header: JsonQuirks; readonly payload: JsonQuirks };
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
// ignoreBOM keeps a byte order mark in the text, so the JSON reader can report it.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
  const headerJson = decodeJsonObject(header, 'header');
  const payloadJson = decodeJsonObject(payload, 'payload');
  return {
    segments: { header, payload, signature },
    header: headerJson.value,
    payload: payloadJson.value,
    signature: decodeSegment(signature, 'signature'),
    quirks: { header: headerJson.quirks, payload: payloadJson.quirks },
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

function decodeJsonObject(
  segment: string,
  part: 'header' | 'payload',
): { value: Record<string, unknown>; quirks: JsonQuirks } {
  const bytes = decodeSegment(segment, part);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new TokenDecodeError({ reason: 'notJson', part });
  }
  const reading = readJson(text);
  if (!reading.ok) throw new TokenDecodeError({ reason: 'notJson', part });
  const { value, quirks } = reading;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TokenDecodeError({ reason: 'notObject', part });
  }
  return { value: value as Record<string, unknown>, quirks };
}
