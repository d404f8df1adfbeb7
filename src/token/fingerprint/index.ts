/**
 * Which library made a token: one of Twilio's seven helper libraries, a generic JWT library by
 * hand, or cannot tell; with the evidence, and the named library's quirks that matter for it.
 *
 * @example
 * ```ts
 * import { identifyLibrary } from '../../token/fingerprint/index.ts';
 * const identification = identifyLibrary(diagnosis.decoded);
 * ```
 */
export { identifyLibrary } from './identifyLibrary.ts';
export {
  HAND_MADE_LIBRARIES,
  type Confidence,
  type EscapedCharacter,
  type Evidence,
  type EvidenceCode,
  type GrantsOrder,
  type HandMadeLibrary,
  type HandMadeShape,
  type Identification,
  type Library,
  type NotLibraryReason,
  type Quirk,
  type QuirkCode,
  type RuleOutReason,
  type Verdict,
  type Writer,
} from './identification.ts';
