import { diagnoseToken, type DiagnoseOptions, type Diagnosis } from './diagnoseToken.ts';
import { finding } from './findings.ts';
import { verifySignature, type SignatureCheck } from './verifySignature.ts';

export interface DiagnosisWithSignature extends Diagnosis {
  /** Absent when the token could not be read, so there was nothing to verify. */
  readonly signature?: SignatureCheck;
}

/**
 * {@link diagnoseToken}, then the signature checked with the API Key Secret. A mismatch becomes
 * finding `signatureMismatch` (Twilio error 20107); `verified` adds no finding, since the UI
 * shows the signature's state on its own. Never rejects.
 *
 * @example
 * ```ts
 * const { findings, signature } = await diagnoseWithSecret(pasted, secret, { now });
 * signature; // 'verified' | 'mismatch' | …
 * ```
 */
export async function diagnoseWithSecret(
  input: string,
  secret: string,
  options: DiagnoseOptions,
): Promise<DiagnosisWithSignature> {
  const diagnosis = diagnoseToken(input, options);
  if (!diagnosis.decoded) return diagnosis;
  return withSignatureCheck(diagnosis, await verifySignature(diagnosis.normalized, secret));
}

/**
 * A diagnosis with the outcome of a signature check folded in: a mismatch becomes finding
 * `signatureMismatch` (20107). For UIs that diagnose at once and verify asynchronously.
 */
export function withSignatureCheck(
  diagnosis: Diagnosis,
  signature: SignatureCheck,
): DiagnosisWithSignature {
  // A signature of the wrong length is already an error; a mismatch would only repeat it.
  const alreadyWrong = diagnosis.findings.some((item) => item.code === 'signatureLength');
  if (signature !== 'mismatch' || alreadyWrong) return { ...diagnosis, signature };
  return {
    ...diagnosis,
    signature,
    findings: [...diagnosis.findings, finding('signatureMismatch', {})],
  };
}
