import type {
  EscapedCharacter,
  Evidence,
  GrantsOrder,
  Library,
  Quirk,
  RuleOutReason,
} from '../identification.ts';
import type { MemberOrder } from '../memberOrder.ts';
import type { TokenFacts } from '../tokenFacts.ts';

/**
 * How one of Twilio's helper libraries writes an Access Token, as read from its source (each
 * library's file cites the lines) and checked against tokens it made (`test/fingerprint/`).
 *
 * @example
 * ```ts
 * const go = {
 *   library: 'go', header: [['alg', 'cty', 'twr?', 'typ']],
 *   payload: ['exp', 'grants', 'iss', 'jti', 'nbf', 'sub'], grantsOrder: 'sorted', …
 * } satisfies LibraryLayout;
 * ```
 */
export interface LibraryLayout {
  readonly library: Library;
  /**
   * The header's member orders: more than one where versions of the JWT library underneath order
   * it differently.
   */
  readonly header: readonly MemberOrder[];
  readonly payload: MemberOrder;
  /** twilio-php: claims added with `addClaim()` come before its own. */
  readonly customClaimsFirst?: true;
  readonly algorithms: readonly string[];
  /** What it writes as `twr`: a non-empty string, any string (C#), or also null (Ruby). */
  readonly region: 'nonEmpty' | 'string' | 'stringOrNull';
  readonly grantsOrder: GrantsOrder;
  /**
   * Whether its JSON encoder escapes each character class; a class left out is not established
   * and not checked.
   */
  readonly escapes: Readonly<Partial<Record<EscapedCharacter, boolean>>>;
  /** Read from source only, never run here (C#). */
  readonly derivedFromSource?: true;
  /** What only this library does, seen in this token; or why it cannot have written it. */
  readonly traits?: (facts: TokenFacts) => Traits;
  /** Its habits that matter for this token. */
  readonly quirks: (facts: TokenFacts) => readonly Quirk[];
}

export interface Traits {
  readonly evidence: readonly Evidence[];
  readonly rulesOut?: RuleOutReason;
}

/** The seconds `nbf` is after the time in `jti`, when both are there. */
export function nbfAfterIssue(facts: TokenFacts): number | undefined {
  const { nbf } = facts.payload;
  return typeof nbf === 'number' && facts.jtiSeconds !== undefined
    ? nbf - facts.jtiSeconds
    : undefined;
}

/** Whether the grants hold a Playback grant written as `null`. */
export function hasNullPlayer(facts: TokenFacts): boolean {
  return facts.grants !== undefined && Object.hasOwn(facts.grants, 'player')
    ? facts.grants.player === null
    : false;
}
