import { useMemo } from 'react';
import { bySeverity, diagnoseToken, withSignatureCheck } from '../../token/diagnose/index.ts';
import { useSignatureCheck } from './useSignatureCheck.ts';

/**
 * Diagnoses the pasted token as it changes, and checks its signature when a secret is given.
 * The diagnosis is synchronous (a huge paste is refused before any work); the signature check is
 * async and guarded, so a slow check can never answer for a newer input.
 */
export function useInspection(input: string, secret: string, now: number) {
  const diagnosis = useMemo(() => diagnoseToken(input, { now }), [input, now]);
  const signature = useSignatureCheck(diagnosis.decoded ? diagnosis.normalized : '', secret);
  const result = signature ? withSignatureCheck(diagnosis, signature) : diagnosis;
  return { diagnosis, findings: bySeverity(result.findings), signature };
}
