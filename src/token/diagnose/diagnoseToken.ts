import { decodeToken, TokenDecodeError, type DecodedToken } from '../decode.ts';
import { checkGrantRules } from '../grants/rules/index.ts';
import { checkGrants } from './checkGrants.ts';
import { checkHeader } from './checkHeader.ts';
import { checkIssuer } from './checkIssuer.ts';
import { checkJson } from './checkJson.ts';
import { checkTimes } from './checkTimes.ts';
import { finding, type Finding } from './findings.ts';
import { DEFAULT_CLOCK_SKEW_SECONDS, MAX_TOKEN_LENGTH } from './limits.ts';
import { normalizeInput } from './normalizeInput.ts';

export interface DiagnoseOptions {
  /** The inspector's clock, in seconds since the epoch. */
  readonly now: number;
  /** How far `nbf` may be in the future; default {@link DEFAULT_CLOCK_SKEW_SECONDS}. */
  readonly clockSkewSeconds?: number;
}

export interface Diagnosis {
  /**
   * The token with its wrapping removed (quotes, `Bearer `, line breaks): what to verify, copy
   * or show. Empty when the input was too large to read.
   */
  readonly normalized: string;
  /** Present when the input is a JWT, whatever else is wrong with it. */
  readonly decoded?: DecodedToken;
  /**
   * Empty when nothing is wrong. In check order: input, JSON, header, issuer, times, grants,
   * then each product's rules for the grants the token carries.
   */
  readonly findings: readonly Finding[];
}

/**
 * Tells what is wrong with a pasted Twilio Access Token, without its secret: every finding Twilio
 * would answer with an error (20101–20106, 20157), and what merely looks odd. Never throws.
 *
 * @example
 * ```ts
 * const { findings } = diagnoseToken(pasted, { now: Math.floor(Date.now() / 1000) });
 * findings; // [{ code: 'expired', severity: 'error', twilioError: 20104, params: { … } }]
 * ```
 */
export function diagnoseToken(input: string, options: DiagnoseOptions): Diagnosis {
  // Before anything else, so a huge paste costs nothing.
  if (input.length > MAX_TOKEN_LENGTH) {
    return {
      normalized: '',
      findings: [finding('tooLarge', { length: input.length, maxLength: MAX_TOKEN_LENGTH })],
    };
  }
  const { normalized, removed } = normalizeInput(input);
  if (normalized === '') return { normalized, findings: [finding('empty', {})] };
  const cleaned = removed.length > 0 ? [finding('inputCleaned', { removed })] : [];
  const skewSeconds = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const check = (token: DecodedToken): Finding[] => [
    ...checkJson(token.quirks),
    ...checkHeader(token.header, token.signature),
    ...checkIssuer(token.payload),
    ...checkTimes(token.payload, { now: options.now, skewSeconds }),
    ...checkGrants(token.payload),
    ...checkProductRules(token.payload),
  ];

  let decoded: DecodedToken;
  try {
    decoded = decodeToken(normalized);
  } catch (error) {
    // decodeToken only throws TokenDecodeError; anything else is a bug worth seeing.
    if (!(error instanceof TokenDecodeError)) throw error;
    const notJwt = finding('notJwt', { failure: error.failure });
    const { failure } = error;
    const unsigned = failure.reason === 'emptySegment' && failure.part === 'signature';
    const readable = unsigned ? decodeUnsigned(normalized) : undefined;
    if (!readable) return { normalized, findings: [notJwt, ...cleaned] };
    // `alg: none` writes an empty signature; the rest of such a token is still worth reading.
    return { normalized, decoded: readable, findings: [notJwt, ...check(readable), ...cleaned] };
  }
  return { normalized, decoded, findings: [...check(decoded), ...cleaned] };
}

/** Each product's own rules, on a `grants` object the grant checks have read. */
function checkProductRules(payload: Readonly<Record<string, unknown>>): Finding[] {
  const { grants } = payload;
  return typeof grants === 'object' && grants !== null && !Array.isArray(grants)
    ? checkGrantRules(grants as Record<string, unknown>)
    : [];
}

/** The header and payload of `header.payload.`, whose signature segment is empty. */
function decodeUnsigned(compact: string): DecodedToken | undefined {
  try {
    // Any valid base64url stands in for the missing signature while the rest is decoded.
    const { segments, ...decoded } = decodeToken(`${compact}AA`);
    const signature = new Uint8Array();
    return { ...decoded, segments: { ...segments, signature: '' }, signature };
  } catch {
    return undefined;
  }
}
