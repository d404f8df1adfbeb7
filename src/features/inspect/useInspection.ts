import { useEffect, useMemo, useRef, useState } from 'react';
import {
  bySeverity,
  diagnoseToken,
  verifySignature,
  withSignatureCheck,
  type SignatureCheck,
} from '../../token/diagnose/index.ts';

interface Checked {
  readonly token: string;
  readonly secret: string;
  readonly check: SignatureCheck;
}

/**
 * Diagnoses the pasted token as it changes, and checks its signature when a secret is given.
 * The diagnosis is synchronous (a huge paste is refused before any work); the signature check is
 * async and guarded, so a slow check can never answer for a newer input.
 */
export function useInspection(input: string, secret: string, now: number) {
  const diagnosis = useMemo(() => diagnoseToken(input, { now }), [input, now]);
  const [checked, setChecked] = useState<Checked>();
  const latest = useRef(0);
  const token = diagnosis.decoded ? diagnosis.normalized : '';

  useEffect(() => {
    const attempt = ++latest.current;
    if (token === '' || secret === '') return;
    void verifySignature(token, secret).then((check) => {
      if (attempt === latest.current) setChecked({ token, secret, check });
    });
  }, [token, secret]);

  // Only an answer for exactly this token and secret counts.
  const signature =
    checked && checked.token === token && checked.secret === secret && secret !== ''
      ? checked.check
      : undefined;
  const result = signature ? withSignatureCheck(diagnosis, signature) : diagnosis;
  return { diagnosis, findings: bySeverity(result.findings), signature };
}
