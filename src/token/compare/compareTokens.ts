import type { DecodedToken } from '../decode.ts';
import { diagnoseToken, type DiagnoseOptions, type Diagnosis } from '../diagnose/diagnoseToken.ts';
import type { ComparisonContext, Side } from './consequence.ts';
import { differences, type DifferenceList } from './differences.ts';
import { jsonEqual } from './jsonEqual.ts';
import { tokenTimes, type TokenTimes } from '../tokenTimes.ts';

/**
 * "This token works, that one fails: why?" Two pasted tokens side by side: each one's diagnosis,
 * whether they are the same token, the same content signed otherwise, or which fields differ and
 * what that does. Data for the UI to word; never throws.
 *
 * @example
 * ```ts
 * const { verdict, differences } = compareTokens(working, failing, { now });
 * verdict; // { kind: 'different', rewritten: ['header'], beyondDepth: [] }
 * differences.items.map((item) => item.path); // ['iss', 'sub']
 * ```
 */

export type ComparedPart = 'header' | 'payload';

export type ComparisonVerdict =
  /** One box or both are empty: nothing to compare yet. */
  | { readonly kind: 'incomplete' }
  /** The same bytes once quotes, `Bearer ` and line breaks are removed. */
  | { readonly kind: 'identical' }
  /** The tokens on these sides are not JWTs the inspector can read; their diagnoses say why. */
  | { readonly kind: 'unreadable'; readonly sides: readonly Side[] }
  /** The same header and payload bytes, another signature: another secret or algorithm. */
  | { readonly kind: 'signatureOnly' }
  /**
   * The same fields and values, written differently (key order, spacing, escapes), so their
   * signatures differ too. `rewritten` names the parts whose bytes differ.
   */
  | { readonly kind: 'sameContent'; readonly rewritten: readonly ComparedPart[] }
  | {
      readonly kind: 'different';
      /** Parts whose bytes differ but whose content is the same. */
      readonly rewritten: readonly ComparedPart[];
      /**
       * Parts whose bytes differ while all the inspector can read of them is the same: the
       * difference lies deeper than it reads.
       */
      readonly beyondDepth: readonly ComparedPart[];
    };

export interface ComparedToken {
  readonly diagnosis: Diagnosis;
  /** Present when the token could be decoded. */
  readonly times?: TokenTimes;
}

export interface TokenComparison {
  readonly first: ComparedToken;
  readonly second: ComparedToken;
  readonly verdict: ComparisonVerdict;
  /** Empty unless the verdict is `different`. */
  readonly differences: DifferenceList;
}

const NO_DIFFERENCES: DifferenceList = { items: [], total: 0 };
const PARTS: readonly ComparedPart[] = ['header', 'payload'];

/**
 * Compares two pasted tokens. Both are diagnosed as the inspector does (the same clock and
 * skew), so each side's verdict matches what the Inspect tab would say.
 */
export function compareTokens(
  firstInput: string,
  secondInput: string,
  options: DiagnoseOptions,
): TokenComparison {
  const first = comparedToken(firstInput, options);
  const second = comparedToken(secondInput, options);
  const result = (verdict: ComparisonVerdict, list = NO_DIFFERENCES): TokenComparison => ({
    first,
    second,
    verdict,
    differences: list,
  });

  if (firstInput.trim() === '' || secondInput.trim() === '') return result({ kind: 'incomplete' });
  const [a, b] = [first.diagnosis, second.diagnosis];
  // A paste too large to read normalizes to '': never "identical" to another one.
  if (a.normalized !== '' && a.normalized === b.normalized) return result({ kind: 'identical' });
  if (!a.decoded || !b.decoded || !first.times || !second.times) {
    const sides = (['first', 'second'] as const).filter((side) =>
      side === 'first' ? !a.decoded : !b.decoded,
    );
    return result({ kind: 'unreadable', sides });
  }
  const [decodedA, decodedB] = [a.decoded, b.decoded];
  const sameBytes = (part: ComparedPart) => decodedA.segments[part] === decodedB.segments[part];
  if (PARTS.every(sameBytes)) return result({ kind: 'signatureOnly' });

  const sameContent = (part: ComparedPart) => jsonEqual(decodedA[part], decodedB[part]);
  const tooDeep = (part: ComparedPart) =>
    decodedA.quirks[part].tooDeep || decodedB.quirks[part].tooDeep;
  const otherBytes = PARTS.filter((part) => !sameBytes(part) && sameContent(part));
  const rewritten = otherBytes.filter((part) => !tooDeep(part));
  const beyondDepth = otherBytes.filter(tooDeep);
  if (beyondDepth.length === 0 && PARTS.every(sameContent)) {
    return result({ kind: 'sameContent', rewritten });
  }
  const context: ComparisonContext = {
    payloads: { first: decodedA.payload, second: decodedB.payload },
    times: { first: first.times, second: second.times },
  };
  return result(
    { kind: 'different', rewritten, beyondDepth },
    differences(decodedA, decodedB, context),
  );
}

function comparedToken(input: string, options: DiagnoseOptions): ComparedToken {
  const diagnosis = diagnoseToken(input, options);
  const decoded: DecodedToken | undefined = diagnosis.decoded;
  if (!decoded) return { diagnosis };
  const skew = options.clockSkewSeconds;
  const times = tokenTimes(decoded.payload, {
    now: options.now,
    ...(skew === undefined ? {} : { clockSkewSeconds: skew }),
  });
  return { diagnosis, times };
}
