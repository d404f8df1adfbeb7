import { decodeToken } from '../../src/token/decode.ts';
import {
  identifyLibrary,
  type Evidence,
  type EvidenceCode,
  type Identification,
} from '../../src/token/fingerprint/index.ts';

/** Test helpers for the fingerprint: identify a compact token, and pick evidence by code. */

export function identify(token: string): Identification {
  return identifyLibrary(decodeToken(token));
}

export function evidenceOf<C extends EvidenceCode>(
  identification: Identification,
  code: C,
): Extract<Evidence, { readonly code: C }>[] {
  return identification.evidence.filter(
    (item): item is Extract<Evidence, { readonly code: C }> => item.code === code,
  );
}

/** Which libraries write the token's header order and its payload order. */
export function orderWriters(identification: Identification) {
  return {
    header: evidenceOf(identification, 'headerOrder')[0]?.writers,
    payload: evidenceOf(identification, 'payloadOrder')[0]?.writers,
  };
}

export const quirkCodes = (identification: Identification) =>
  identification.quirks.map((quirk) => quirk.code);

/** A compact token from header and payload JSON text as given, with a signature that is not one. */
export function unsignedToken(headerText: string, payloadText: string): string {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  return `${b64(headerText)}.${b64(payloadText)}.${b64('not a signature')}`;
}

/** The JSON text of a compact token's header and payload. */
export function jsonTexts(token: string): { header: string; payload: string } {
  const [header = '', payload = ''] = token.split('.');
  const text = (segment: string) => Buffer.from(segment, 'base64url').toString('utf8');
  return { header: text(header), payload: text(payload) };
}
