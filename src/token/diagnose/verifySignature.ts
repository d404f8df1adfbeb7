import { compactVerify, errors } from 'jose';
import { SIGNING_ALGORITHMS } from '../claims.ts';
import { decodeToken } from '../decode.ts';
import { importSigningKey } from '../signingKey.ts';
import { isHmacAlgorithm } from './checkHeader.ts';
import { MAX_TOKEN_LENGTH } from './limits.ts';

/**
 * - `verified`: signed with this secret (only ever said of an HMAC token).
 * - `mismatch`: not signed with this secret, or altered since (Twilio error 20107).
 * - `unsupportedAlgorithm`: `alg` is not HS256/384/512, e.g. `none` or RS256; nothing to check.
 * - `malformed`: not a JWT at all, or one that parsers read differently (a key written twice), so
 *   that a signature check would vouch for content some reader does not see.
 * - `noSecret`: the secret is empty; WebCrypto cannot make an HMAC key of zero bytes.
 */
export type SignatureCheck =
  'verified' | 'mismatch' | 'unsupportedAlgorithm' | 'malformed' | 'noSecret';

/**
 * Checks a token's signature against an API Key Secret, in the page. Never throws.
 *
 * Only HMAC is accepted, twice over: the key is imported for the token's own HS algorithm, and
 * jose is told the only algorithms it may accept, so `alg: none` or an RS256 header can never come
 * out `verified`.
 *
 * @example
 * ```ts
 * await verifySignature(diagnosis.normalized, apiKeySecret); // 'verified'
 * ```
 */
export async function verifySignature(compact: string, secret: string): Promise<SignatureCheck> {
  if (compact.length > MAX_TOKEN_LENGTH) return 'malformed';
  let alg: unknown;
  try {
    const { header, quirks } = decodeToken(compact);
    // jose keeps the last of two `alg`s; a parser that keeps the first may read `none`.
    if (quirks.header.duplicateKeys.total > 0 || quirks.payload.duplicateKeys.total > 0) {
      return 'malformed';
    }
    alg = header.alg;
  } catch {
    return 'malformed';
  }
  if (!isHmacAlgorithm(alg)) return 'unsupportedAlgorithm';
  if (secret === '') return 'noSecret';
  try {
    const key = await importSigningKey(secret, alg);
    await compactVerify(compact, key, { algorithms: [...SIGNING_ALGORITHMS] });
    return 'verified';
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'mismatch';
    if (error instanceof errors.JOSEAlgNotAllowed) return 'unsupportedAlgorithm';
    // JWSInvalid and the rest: jose refused the token's shape (say, a `crit` header it cannot
    // honour) before comparing signatures.
    return 'malformed';
  }
}
