/**
 * Two tokens compared: the same token, the same content signed otherwise, or which fields differ
 * and what that does to Twilio, as data for the UI to word.
 *
 * @example
 * ```ts
 * import { compareTokens } from '../../token/compare/index.ts';
 * const { verdict, differences, first, second } = compareTokens(working, failing, { now });
 * ```
 */
export {
  compareTokens,
  type ComparedPart,
  type ComparedToken,
  type ComparisonVerdict,
  type TokenComparison,
} from './compareTokens.ts';
export type {
  Consequence,
  ConsequenceCode,
  ConsequenceParams,
  DifferingPlace,
  Side,
} from './consequence.ts';
export {
  MAX_DIFFERENCES,
  type Difference,
  type DifferenceList,
  type ShownValue,
} from './differences.ts';
export type { Lifetime, TimeStatus, TokenTimes, ValidFrom } from '../tokenTimes.ts';
export { signedBy, type SignedBy } from './signedBy.ts';
