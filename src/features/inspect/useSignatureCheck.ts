import { useEffect, useRef, useState } from 'react';
import { verifySignature, type SignatureCheck } from '../../token/diagnose/index.ts';

interface Checked {
  readonly token: string;
  readonly secret: string;
  readonly check: SignatureCheck;
}

/**
 * The signature of `token` checked with `secret`, or undefined while there is nothing to check or
 * the check is under way. Async and guarded: a slow check can never answer for a newer token or
 * secret. `token` is the normalized token, or '' when it could not be decoded.
 *
 * @example
 * ```ts
 * const signature = useSignatureCheck(diagnosis.decoded ? diagnosis.normalized : '', secret);
 * ```
 */
export function useSignatureCheck(token: string, secret: string): SignatureCheck | undefined {
  const [checked, setChecked] = useState<Checked>();
  const latest = useRef(0);

  useEffect(() => {
    const attempt = ++latest.current;
    if (token === '' || secret === '') return;
    void verifySignature(token, secret).then((check) => {
      if (attempt === latest.current) setChecked({ token, secret, check });
    });
  }, [token, secret]);

  // Only an answer for exactly this token and secret counts.
  return checked && checked.token === token && checked.secret === secret && secret !== ''
    ? checked.check
    : undefined;
}
