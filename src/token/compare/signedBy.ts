import type { SignatureCheck } from '../diagnose/verifySignature.ts';
import type { Side } from './consequence.ts';

/**
 * Which of the two compared tokens the API Key Secret signed, from each side's signature check,
 * as data for the comparison's summary to word.
 *
 * - `noSecret`: no secret was entered, so nothing was checked.
 * - `checking`: a secret was entered and a side's check has not answered yet.
 * - `checked`: every side answered. `signed` are the sides the secret signed, `notSigned` those
 *   it did not sign (or that were altered since: Twilio error 20107), `uncheckable` those whose
 *   signature no secret can vouch for (`alg` not HS256/384/512, or a token parsers read
 *   differently). Each side is in exactly one list, first before second.
 *
 * For two tokens the inspector could read: an unreadable side is never checked, so it would stay
 * `checking`.
 *
 * @example
 * ```ts
 * signedBy(true, { first: 'verified', second: 'mismatch' });
 * // { kind: 'checked', signed: ['first'], notSigned: ['second'], uncheckable: [] }
 * ```
 */
export type SignedBy =
  | { readonly kind: 'noSecret' }
  | { readonly kind: 'checking' }
  | {
      readonly kind: 'checked';
      readonly signed: readonly Side[];
      readonly notSigned: readonly Side[];
      readonly uncheckable: readonly Side[];
    };

const SIDES: readonly Side[] = ['first', 'second'];

/** What the secret says of the two tokens; `checks` holds undefined for a check under way. */
export function signedBy(
  secretGiven: boolean,
  checks: Readonly<Record<Side, SignatureCheck | undefined>>,
): SignedBy {
  if (!secretGiven) return { kind: 'noSecret' };
  // An empty secret is never checked, and so never given.
  if (SIDES.some((side) => checks[side] === undefined || checks[side] === 'noSecret')) {
    return { kind: 'checking' };
  }
  const having = (...outcomes: readonly SignatureCheck[]) =>
    SIDES.filter((side) => outcomes.includes(checks[side] as SignatureCheck));
  return {
    kind: 'checked',
    signed: having('verified'),
    notSigned: having('mismatch'),
    uncheckable: having('unsupportedAlgorithm', 'malformed'),
  };
}
