import { useMemo } from 'react';
import { holdsNoToken, recognisePaste, textToDiagnose } from '../../token/paste/index.ts';

/**
 * What was pasted, read once per input: the reading, the text to diagnose (the token taken out,
 * else the paste as it is), and whether a JWT diagnosis is worth showing at all (not for TwiML,
 * a SID and the like, where "this is not a JWT, copy it again" would be the wrong advice).
 */
export function usePasteReading(input: string) {
  return useMemo(() => {
    const reading = recognisePaste(input);
    return {
      reading,
      toDiagnose: textToDiagnose(reading, input),
      showDiagnosis: !holdsNoToken(reading),
    };
  }, [input]);
}
