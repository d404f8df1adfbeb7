import type { Finding } from './diagnose/findings.ts';
import type { SidPrefix } from './sid.ts';

/**
 * What is wrong with one input value. Plain data, so the form can word it in the user's language
 * and the core can throw it as a typed error.
 */
export type InputProblem =
  | { readonly code: 'required' }
  | { readonly code: 'sidWrongKind'; readonly found: SidPrefix; readonly expected: SidPrefix }
  | { readonly code: 'sidMalformed'; readonly expected: SidPrefix }
  | { readonly code: 'tooLong'; readonly max: number; readonly length: number }
  | { readonly code: 'controlCharacter'; readonly position: number }
  | { readonly code: 'invalidUnicode'; readonly position: number }
  | { readonly code: 'notWholeNumber' }
  | { readonly code: 'outOfRange'; readonly min: number; readonly max: number }
  /** A token with no grant at all is useless to every Twilio SDK. */
  | { readonly code: 'noGrant' }
  | { readonly code: 'notJsonObject' }
  | { readonly code: 'paramsWithoutApplication' }
  | { readonly code: 'emptyParamName'; readonly line: number }
  | { readonly code: 'badParamLine'; readonly line: number }
  /** `nbf` at or after `exp`: the token would never be valid. */
  | { readonly code: 'notBeforeAfterExpiry' }
  | { readonly code: 'unsupportedAlgorithm' }
  /** A value of the wrong type altogether: only tampered input gets here. */
  | { readonly code: 'invalidValue' }
  /**
   * A product would refuse the token (Video an identity over 128 characters): the inspector's
   * finding for it, worded as the inspector words it.
   */
  | { readonly code: 'productRule'; readonly finding: Finding };
