import { displayText } from '../json/displayText.ts';
import { finding, type Finding } from './findings.ts';
import { sidIssue } from './sidIssue.ts';

/**
 * Checks who issued the token (Twilio error 20103): `iss` must be the API Key SID that signed it,
 * `sub` the Account SID that owns the key, and `jti` start with `${iss}-`.
 *
 * The time after the dash is not checked: the Java library computes it in single precision and
 * so writes a time up to 128 s off, and Twilio only needs the `jti` to be unique.
 *
 * @example
 * ```ts
 * checkIssuer({ iss: 'AC…', sub: 'AC…', jti: 'AC…-1700000000' });
 * // [{ code: 'issuerInvalid', params: { issue: { kind: 'wrongKind', found: 'AC' } }, … }]
 * ```
 */
export function checkIssuer(payload: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const { iss, sub, jti } = payload;
  const issuerIssue = sidIssue(iss, 'SK');
  if (issuerIssue) findings.push(finding('issuerInvalid', { issue: issuerIssue }));
  const subjectIssue = sidIssue(sub, 'AC');
  if (subjectIssue) findings.push(finding('subjectInvalid', { issue: subjectIssue }));
  if (typeof jti !== 'string' || jti === '') {
    findings.push(finding('jtiMissing', {}));
  } else if (typeof iss === 'string' && iss !== '' && !jti.startsWith(`${iss}-`)) {
    // Both quoted in the sentence: cut short, invisible characters shown.
    findings.push(
      finding('jtiMismatch', { jti: displayText(jti), expectedPrefix: displayText(`${iss}-`) }),
    );
  }
  return findings;
}
