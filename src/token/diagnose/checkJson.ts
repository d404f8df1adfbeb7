import type { DecodedToken } from '../decode.ts';
import { MAX_JSON_DEPTH } from '../json/readJson.ts';
import { finding, type Finding, type JsonPart } from './findings.ts';
import { nameList } from './nameList.ts';

const PARTS: readonly JsonPart[] = ['header', 'payload'];

/**
 * Checks how the header and payload are written as JSON (Twilio error 20101): what `JSON.parse`
 * would accept without a word but other parsers refuse or read differently.
 *
 * @example
 * ```ts
 * checkJson(decodeToken('eyJhbGciOiJub25lIiwiYWxnIjoiSFMyNTYifQ.e30.c2ln').quirks);
 * // [{ code: 'duplicateKey', params: { part: 'header', names: ['alg'], total: 1 }, … }]
 * ```
 */
export function checkJson(quirks: DecodedToken['quirks']): Finding[] {
  const findings: Finding[] = [];
  for (const part of PARTS) {
    const { byteOrderMark, duplicateKeys, tooDeep } = quirks[part];
    if (byteOrderMark) findings.push(finding('byteOrderMark', { part }));
    if (duplicateKeys.total > 0) {
      const { names, total } = duplicateKeys;
      findings.push(finding('duplicateKey', { part, ...nameList(names, total) }));
    }
    if (tooDeep) findings.push(finding('nestedTooDeep', { part, maxDepth: MAX_JSON_DEPTH }));
  }
  return findings;
}
