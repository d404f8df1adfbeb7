import { ACCESS_TOKEN_CONTENT_TYPE, SIGNING_ALGORITHMS, type SigningAlgorithm } from '../claims.ts';
import { finding, type Finding } from './findings.ts';

/** Bytes of an HMAC signature per algorithm: the hash's output size. */
export const HMAC_SIGNATURE_BYTES: Record<SigningAlgorithm, number> = {
  HS256: 32,
  HS384: 48,
  HS512: 64,
};

export function isHmacAlgorithm(alg: unknown): alg is SigningAlgorithm {
  return (SIGNING_ALGORITHMS as readonly unknown[]).includes(alg);
}

/**
 * Checks the JOSE header (Twilio error 20102) and, for HMAC tokens, the signature's length,
 * which is wrong without any secret when the token was cut short or signed otherwise.
 *
 * @example
 * ```ts
 * checkHeader({ alg: 'none', typ: 'JWT', cty: 'twilio-fpa;v=1' }, new Uint8Array());
 * // [{ code: 'algorithmNone', severity: 'error', twilioError: 20102, params: {} }]
 * ```
 */
export function checkHeader(header: Record<string, unknown>, signature: Uint8Array): Finding[] {
  const findings: Finding[] = [...checkAlgorithm(header.alg)];
  const { cty, typ } = header;
  if (cty !== ACCESS_TOKEN_CONTENT_TYPE) {
    findings.push(
      finding(
        'contentTypeInvalid',
        typeof cty === 'string'
          ? { found: cty, expected: ACCESS_TOKEN_CONTENT_TYPE }
          : { expected: ACCESS_TOKEN_CONTENT_TYPE },
      ),
    );
  }
  if (typ === undefined) findings.push(finding('typeMissing', {}));
  else if (typ !== 'JWT') findings.push(finding('typeNotJwt', { found: textOf(typ) }));
  const { alg } = header;
  // An empty signature is reported as `notJwt` already.
  const { length } = signature;
  if (isHmacAlgorithm(alg) && length > 0 && length !== HMAC_SIGNATURE_BYTES[alg]) {
    findings.push(
      finding('signatureLength', {
        alg,
        bytes: length,
        expectedBytes: HMAC_SIGNATURE_BYTES[alg],
      }),
    );
  }
  return findings;
}

function checkAlgorithm(alg: unknown): Finding[] {
  if (alg === 'HS256') return [];
  if (alg === 'HS384' || alg === 'HS512') return [finding('algorithmNotHs256', { alg })];
  if (alg === undefined || alg === '') return [finding('algorithmMissing', {})];
  // Case-insensitive: some verifiers once treated "None" and "NONE" as unsigned too.
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    return [finding('algorithmNone', {})];
  }
  return [finding('algorithmNotHmac', { alg: textOf(alg) })];
}

/**
 * A header value as the user would recognise it: strings as written, other scalars as JSON.
 * Objects are only named: stringifying a deeply nested one could overflow the stack.
 */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  return String(value);
}
