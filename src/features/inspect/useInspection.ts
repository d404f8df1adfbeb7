import { useMemo } from 'react';
import { bySeverity, diagnoseToken, withSignatureCheck } from '../../token/diagnose/index.ts';
import { identifyLibrary } from '../../token/fingerprint/index.ts';
import { useSignatureCheck } from './useSignatureCheck.ts';

/**
 * Diagnoses the pasted token as it changes, tells which library made it, and checks its signature
 * when a secret is given.
 * The diagnosis is synchronous (a huge paste is refused before any work); the signature check is
 * async and guarded, so a slow check can never answer for a newer input.
 */
export function useInspection(input: string, secret: string, now: number) {
  const diagnosis = useMemo(() => diagnoseToken(input, { now }), [input, now]);
  // By the token alone: the clock's tick, which re-diagnoses, leaves it as it is.
  const { decoded } = diagnosis;
  const identification = useMemo(() => (decoded ? identifyLibrary(decoded) : undefined), [decoded]);
  const signature = useSignatureCheck(diagnosis.decoded ? diagnosis.normalized : '', secret);
  const result = signature ? withSignatureCheck(diagnosis, signature) : diagnosis;
  return { diagnosis, findings: bySeverity(result.findings), signature, identification };
}
