/**
 * The token inspector's core: what is wrong with a pasted token, as data for the UI to word.
 *
 * @example
 * ```ts
 * import { diagnoseWithSecret } from '../../token/diagnose/index.ts';
 * const { findings, signature } = await diagnoseWithSecret(pasted, secret, { now });
 * ```
 */
export { diagnoseToken, type DiagnoseOptions, type Diagnosis } from './diagnoseToken.ts';
export {
  diagnoseWithSecret,
  withSignatureCheck,
  type DiagnosisWithSignature,
} from './diagnoseWithSecret.ts';
export {
  bySeverity,
  finding,
  FINDING_RULES,
  type Finding,
  type FindingCode,
  type FindingParams,
  type InputCleanup,
  type Severity,
  type SidIssue,
  type TwilioErrorCode,
} from './findings.ts';
export { DEFAULT_CLOCK_SKEW_SECONDS, MAX_TOKEN_LENGTH } from './limits.ts';
export { normalizeInput } from './normalizeInput.ts';
export { verifySignature, type SignatureCheck } from './verifySignature.ts';
