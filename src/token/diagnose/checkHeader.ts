import { ACCESS_TOKEN_CONTENT_TYPE, SIGNING_ALGORITHMS, type SigningAlgorithm } from '../claims.ts';
import { displayText, jsonKindOf } from '../json/displayText.ts';
import type { NameList } from '../json/readJson.ts';
import { finding, type Finding, type StringHeaderField } from './findings.ts';
import { nameList } from './nameList.ts';

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
 * which is wrong without any secret when the token was cut short or signed otherwise. Every
 * member is type-checked before use: a member of the wrong type is named for its type only.
 *
 * @example
 * ```ts
 * checkHeader({ alg: 'none', typ: 'JWT', cty: 'twilio-fpa;v=1' }, new Uint8Array());
 * // [{ code: 'algorithmNone', severity: 'error', twilioError: 20102, params: {} }]
 * checkHeader({ alg: { toString: 'HS256' }, typ: 'JWT', cty: 'twilio-fpa;v=1' }, signature);
 * // [{ code: 'headerFieldNotString', params: { field: 'alg', found: 'object' }, … }]
 * ```
 */
export function checkHeader(header: Record<string, unknown>, signature: Uint8Array): Finding[] {
  const { alg, cty, typ, crit } = header;
  const findings: Finding[] = [
    ...(typeof alg === 'string' || alg === undefined
      ? checkAlgorithm(alg)
      : [notString('alg', alg)]),
  ];
  if (cty === undefined || typeof cty === 'string') {
    if (cty !== ACCESS_TOKEN_CONTENT_TYPE) {
      const found = cty === undefined ? {} : { found: displayText(cty) };
      findings.push(
        finding('contentTypeInvalid', { ...found, expected: ACCESS_TOKEN_CONTENT_TYPE }),
      );
    }
  } else {
    findings.push(notString('cty', cty));
  }
  if (typ === undefined) findings.push(finding('typeMissing', {}));
  else if (typeof typ !== 'string') findings.push(notString('typ', typ));
  else if (typ !== 'JWT') findings.push(finding('typeNotJwt', { found: displayText(typ) }));
  for (const field of ['twr', 'kid'] as const) {
    const value = header[field];
    if (value !== undefined && typeof value !== 'string') findings.push(notString(field, value));
  }
  if (crit !== undefined) findings.push(finding('criticalHeader', criticalNames(crit)));
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

function checkAlgorithm(alg: string | undefined): Finding[] {
  if (alg === 'HS256') return [];
  if (alg === 'HS384' || alg === 'HS512') return [finding('algorithmNotHs256', { alg })];
  if (alg === undefined || alg === '') return [finding('algorithmMissing', {})];
  // Case-insensitive: some verifiers once treated "None" and "NONE" as unsigned too.
  if (alg.toLowerCase() === 'none') return [finding('algorithmNone', {})];
  return [finding('algorithmNotHmac', { alg: displayText(alg) })];
}

function notString(field: StringHeaderField, value: unknown): Finding {
  return finding('headerFieldNotString', { field, found: jsonKindOf(value) });
}

/** The extensions `crit` names: its strings, out of all its entries; none when it is no list. */
function criticalNames(crit: unknown): NameList {
  if (!Array.isArray(crit)) return { names: [], total: 0 };
  const names = crit.filter((item): item is string => typeof item === 'string');
  return nameList(names, crit.length);
}
