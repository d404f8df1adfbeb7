import { useMemo } from 'react';
import { compareTokens, type ComparedToken } from '../../token/compare/index.ts';
import { bySeverity, withSignatureCheck } from '../../token/diagnose/index.ts';
import { useSignatureCheck } from '../inspect/useSignatureCheck.ts';

/**
 * The two pasted tokens compared at `now`, and each side's verdict as the Inspect tab gives it:
 * findings errors first, the signature checked when a secret is given.
 */
export function useComparison(first: string, second: string, secret: string, now: number) {
  const comparison = useMemo(() => compareTokens(first, second, { now }), [first, second, now]);
  const firstVerdict = useVerdict(comparison.first, secret);
  const secondVerdict = useVerdict(comparison.second, secret);
  return { comparison, verdicts: { first: firstVerdict, second: secondVerdict } };
}

function useVerdict({ diagnosis }: ComparedToken, secret: string) {
  const signature = useSignatureCheck(diagnosis.decoded ? diagnosis.normalized : '', secret);
  const result = signature ? withSignatureCheck(diagnosis, signature) : diagnosis;
  return { findings: bySeverity(result.findings), signature };
}
