import type { Library } from '../grants/grant.ts';
import type { NameList } from '../json/readJson.ts';

/**
 * What {@link identifyLibrary} says about who wrote a token, as data for the UI to word: a
 * verdict, the one library when it can name it, and the evidence and quirks each as a code with
 * the values needed to word it.
 *
 * @example
 * ```ts
 * identifyLibrary(decoded);
 * // { verdict: 'library', library: 'python', candidates: [], confidence: 'certain',
 * //   evidence: [{ code: 'headerOrder', … }, { code: 'payloadOrder', … }],
 * //   quirks: [{ code: 'nbfIsIssueTime' }] }
 * ```
 */

export type { Library };

/**
 * General-purpose JWT libraries whose default layout is known (research notes E.8), so a token
 * made with one by hand, rather than by a Twilio helper library, can be recognised.
 */
export const HAND_MADE_LIBRARIES = [
  'jsonwebtoken',
  'pyjwt',
  'golang-jwt',
  'ruby-jwt',
  'jjwt',
] as const;
export type HandMadeLibrary = (typeof HAND_MADE_LIBRARIES)[number];

/** Anything that writes a token: one of Twilio's seven helper libraries or a generic JWT library. */
export type Writer = Library | HandMadeLibrary;

/**
 * - `library`: one of Twilio's helper libraries, named in `library`.
 * - `handMade`: not one of Twilio's libraries; perhaps a generic JWT library (`handMadeWith`).
 * - `unknown`: cannot tell, e.g. laid out as no library writes, or as more than one would.
 */
export type Verdict = 'library' | 'handMade' | 'unknown';

/**
 * `certain` when the layout leaves one answer among the libraries known here; `likely` when the
 * answer rests on a layout alone, or on a library's source that was not run (C#).
 */
export type Confidence = 'certain' | 'likely';

/** Characters JSON encoders disagree on: `/`, anything past ASCII, and `<`, `>`, `&`. */
export type EscapedCharacter = 'slash' | 'nonAscii' | 'html';

/**
 * How a library orders the keys under `grants`: `identity` first (node, C#, PHP, Ruby), last
 * (Python), sorted by name (Go), or in Java's HashMap order (Java).
 */
export type GrantsOrder = 'identityFirst' | 'identityLast' | 'sorted' | 'javaHashMap';

/** Why a library whose layout the token has cannot have written it. */
export type RuleOutReason =
  /** It signs with HS256 only, or never with this algorithm. */
  | 'algorithm'
  /** It writes `twr` only as a non-empty string (Ruby: or null). */
  | 'region'
  | 'grantsOrder'
  /** It writes this character escaped, and the token has it plain… */
  | 'escapedByLibrary'
  /** …or it writes it plain, and the token has it escaped. */
  | 'plainInLibrary'
  /** twilio-java's jti number is always a float32 value (a multiple of 128 today). */
  | 'jtiNotRounded'
  /** twilio-php's custom claims are strings. */
  | 'customClaim';

/** What no Twilio helper library ever writes. */
export type NotLibraryReason =
  | 'spacedJson'
  | 'duplicateKeys'
  | 'byteOrderMark'
  /** A header member other than `alg`, `typ`, `cty`, `twr`; `name` says which. */
  | 'headerMember'
  /** No `cty: "twilio-fpa;v=1"`. */
  | 'cty'
  /** No `typ: "JWT"`. */
  | 'typ'
  /** An algorithm other than HS256, HS384 or HS512. */
  | 'algorithm'
  /** `twr` neither a string nor (twilio-ruby) null. */
  | 'region'
  /** `name`: one of `jti`, `iss`, `sub`, `exp`, `grants` is missing. */
  | 'missingClaim'
  /** `name`: one of them is of the wrong JSON type. */
  | 'claimType'
  /** `jti` is not the API key SID, a dash and a number of seconds. */
  | 'jtiShape';

/** The layout of a generic JWT library, recognised by what that library adds or sorts. */
export type HandMadeShape =
  /** `iat` after the caller's claims, then `nbf`, `exp`, `aud`, `iss`, `sub`, `jti` as jsonwebtoken adds them. */
  | 'jsonwebtokenClaims'
  /** Header and payload members sorted by name, as Go's encoding/json writes maps. */
  | 'sortedMembers'
  /** Header sorted by name, payload not: PyJWT 2.5 and later sort only the header. */
  | 'sortedHeader'
  /** No `typ`, and `alg` last: appended after the caller's header. */
  | 'algLast';

/** Why the verdict is what it is; the UI words each, most telling first. */
export type Evidence =
  /** The header's members in order, and which libraries write that order (maybe none). */
  | {
      readonly code: 'headerOrder';
      readonly members: NameList;
      readonly writers: readonly Library[];
    }
  | {
      readonly code: 'payloadOrder';
      readonly members: NameList;
      readonly writers: readonly Library[];
    }
  /** `grants`' keys in an order only some libraries write (shown when it tells). */
  | { readonly code: 'grantsOrder'; readonly members: NameList; readonly order: GrantsOrder }
  /** A character written the way only some encoders write it (shown when it tells). */
  | { readonly code: 'escaping'; readonly character: EscapedCharacter; readonly escaped: boolean }
  /** `"twr": null`, which only twilio-ruby writes. */
  | { readonly code: 'twrNull' }
  /** The number in `jti` is a float32 value, as only twilio-java's float arithmetic makes it. */
  | { readonly code: 'jtiRounded'; readonly seconds: number }
  /** twilio-php's `addClaim()` claims, which come before its own. */
  | { readonly code: 'customClaims'; readonly names: NameList }
  /** The layout is read from the library's source; the library itself was not run (C#). */
  | { readonly code: 'derivedFromSource' }
  /** `library`'s layout fits, but it would not have written this token. */
  | {
      readonly code: 'rulesOut';
      readonly library: Library;
      readonly reason: RuleOutReason;
      readonly character?: EscapedCharacter;
    }
  /** Something none of Twilio's libraries writes; `name` is a member's name, made safe to show. */
  | { readonly code: 'notLibrary'; readonly reason: NotLibraryReason; readonly name?: string }
  | {
      readonly code: 'handMadeLayout';
      readonly shape: HandMadeShape;
      readonly writers: readonly HandMadeLibrary[];
    }
  /** The token's text could not be read again (too large); nothing else is said. */
  | { readonly code: 'unreadable' };

export type EvidenceCode = Evidence['code'];

/**
 * A habit of the library named in the verdict that matters for this token, with a public source
 * beside the rule that finds it (see `libraries/`).
 */
export type Quirk =
  /** twilio-go raises a TTL under 3600 s to 3600 s; this token lives exactly an hour. */
  | { readonly code: 'ttlRaisedToHour' }
  /** The library set `nbf` to its server's clock: a clock ahead of Twilio's gives 20105. */
  | { readonly code: 'nbfIsIssueTime' }
  /** twilio-java's jti number is rounded to 128 s, so it is not the time of issue. */
  | { readonly code: 'jtiRounded' }
  /** twilio-ruby writes `"twr": null` whenever no region is given. */
  | { readonly code: 'twrNull' }
  /** An empty PlaybackGrant written as `null` (node and PHP write `{}`). */
  | { readonly code: 'playerNull' }
  /** Sync grant members only twilio-php writes. */
  | { readonly code: 'syncExtras' }
  /** No identity: twilio-php leaves out one PHP counts as false, such as "0". */
  | { readonly code: 'falsyIdentity' }
  /** twilio-csharp refuses an API Key Secret under 32 bytes (IDX10720). */
  | { readonly code: 'secretLength' }
  /** twilio-csharp fixes jti and the default exp when a Token is built, not at ToJwt(). */
  | { readonly code: 'timesFixedAtBuild' };

export type QuirkCode = Quirk['code'];

export interface Identification {
  readonly verdict: Verdict;
  /** With `library`: the helper library every part of the token fits. */
  readonly library?: Library;
  /** With `handMade`: the one generic JWT library whose layout the token has. */
  readonly handMadeWith?: HandMadeLibrary;
  /**
   * When more than one writer fits and nothing tells them apart ("cannot tell"): those writers.
   * Empty otherwise.
   */
  readonly candidates: readonly Writer[];
  readonly confidence: Confidence;
  /** Most telling first; bounded, each name list cut to a few names. */
  readonly evidence: readonly Evidence[];
  /** Only with `library`: its habits that matter for this token. */
  readonly quirks: readonly Quirk[];
}
