import type { DecodeFailure } from '../decode.ts';
import type { JsonKind } from '../json/displayText.ts';
import type { NameList } from '../json/readJson.ts';
import type { GrantKey, LegacyGrantKey } from '../grants/index.ts';
import type { SidPrefix } from '../sid.ts';

/**
 * What the inspector found in a token, as plain data: a stable code, how bad it is, the Twilio
 * error number a client SDK would show for it, and the values needed to word it. The UI words
 * every finding in the user's language (see `src/i18n/diagnosisEn.ts`).
 *
 * @example
 * ```ts
 * finding('expired', { exp: 1700000000, now: 1700000180, secondsAgo: 180 });
 * // { code: 'expired', severity: 'error', twilioError: 20104, params: { exp: …, now: …, secondsAgo: 180 } }
 * ```
 */

export type Severity = 'error' | 'warning' | 'note';

/**
 * The errors Twilio reports for a token, each with its own page in Twilio's error dictionary:
 * the Access Token errors (201xx), and those an SDK or service gives for what a token says
 * (Voice 31105, Chat 50207, Video 53201, Sync 54351).
 */
export type TwilioErrorCode =
  20101 | 20102 | 20103 | 20104 | 20105 | 20106 | 20107 | 20157 | 31105 | 50207 | 53201 | 54351;

/** How a value that should be a SID of one kind falls short. */
export type SidIssue =
  | { readonly kind: 'missing' }
  | { readonly kind: 'notString' }
  /** A well-formed SID of another known kind, e.g. an Account SID where an API Key SID belongs. */
  | { readonly kind: 'wrongKind'; readonly found: SidPrefix }
  | { readonly kind: 'malformed' };

/** What normalizing the input removed, besides whitespace around it (which is never worth a word). */
export type InputCleanup = 'quotes' | 'bearer' | 'innerWhitespace';

/** The JSON part of a token a finding is about. */
export type JsonPart = 'header' | 'payload';

/** Header members that must be strings when present (RFC 7515, and Twilio's own `twr`). */
export type StringHeaderField = 'alg' | 'typ' | 'cty' | 'twr' | 'kid';

export type { JsonKind, NameList };

/** The products whose identity rules the inspector knows, each with its own limit and error. */
export type IdentityProduct = 'video' | 'voice' | 'chat' | 'sync';

/** The values each finding carries, by code. Codes with nothing to say carry `{}`. */
export interface FindingParams {
  // The input
  readonly empty: Record<string, never>;
  readonly tooLarge: { readonly length: number; readonly maxLength: number };
  readonly notJwt: { readonly failure: DecodeFailure };
  readonly inputCleaned: { readonly removed: readonly InputCleanup[] };
  // The JSON text of the header or payload
  readonly byteOrderMark: { readonly part: JsonPart };
  /** `names` are paths such as `alg` or `grants.identity`, the first few of `total`. */
  readonly duplicateKey: { readonly part: JsonPart } & NameList;
  readonly nestedTooDeep: { readonly part: JsonPart; readonly maxDepth: number };
  // The header
  readonly headerFieldNotString: { readonly field: StringHeaderField; readonly found: JsonKind };
  /** The extension names `crit` lists (the first few of `total`); empty when it is no list. */
  readonly criticalHeader: NameList;
  readonly algorithmMissing: Record<string, never>;
  readonly algorithmNone: Record<string, never>;
  readonly algorithmNotHmac: { readonly alg: string };
  readonly algorithmNotHs256: { readonly alg: 'HS384' | 'HS512' };
  /** `found` is absent when `cty` is missing or not a string. */
  readonly contentTypeInvalid: { readonly found?: string; readonly expected: string };
  readonly typeMissing: Record<string, never>;
  readonly typeNotJwt: { readonly found: string };
  // Issuer and subject
  readonly issuerInvalid: { readonly issue: SidIssue };
  readonly subjectInvalid: { readonly issue: SidIssue };
  readonly jtiMissing: Record<string, never>;
  readonly jtiMismatch: { readonly jti: string; readonly expectedPrefix: string };
  // Times, all in seconds since the epoch
  readonly expiryMissing: { readonly found: 'absent' | 'notNumber' };
  /** Both times and their distance, so the UI can say "3 min ago (at 10:42 UTC)". */
  readonly expired: { readonly exp: number; readonly now: number; readonly secondsAgo: number };
  readonly notBeforeNotNumber: Record<string, never>;
  readonly notYetValid: {
    readonly nbf: number;
    readonly now: number;
    readonly secondsAhead: number;
    readonly skewSeconds: number;
  };
  readonly neverValid: { readonly nbf: number; readonly exp: number };
  readonly issuedAtNotNumber: Record<string, never>;
  /** `iat` ahead of the reader's clock by more than the skew: the issuer's clock is off. */
  readonly issuedInFuture: {
    readonly iat: number;
    readonly now: number;
    readonly secondsAhead: number;
  };
  readonly issuedAfterExpiry: { readonly iat: number; readonly exp: number };
  readonly lifetimeTooLong: {
    readonly lifetimeSeconds: number;
    /** Which claim the lifetime is measured from: `iat`, else `nbf`, else the inspector's now. */
    readonly from: 'iat' | 'nbf' | 'now';
    readonly maxSeconds: number;
  };
  // Grants
  readonly grantsMissing: { readonly found: 'absent' | 'notObject' };
  readonly noGrant: Record<string, never>;
  readonly identityMissing: {
    readonly found: 'absent' | 'empty' | 'notString';
    /** The grants in this token that need an identity. */
    readonly neededBy: readonly string[];
  };
  /** `path` names the nested member (e.g. `outgoing`) when it is not the grant itself. */
  readonly grantNotObject: { readonly grant: string; readonly path?: string };
  readonly grantSidInvalid: {
    readonly grant: string;
    /** Dotted path inside the grant, e.g. `outgoing.application_sid`. */
    readonly field: string;
    readonly expected: SidPrefix;
    readonly issue: SidIssue;
  };
  /** All of them in one finding: the first few names, and how many there are. */
  readonly unknownGrant: NameList;
  readonly legacyGrant: {
    readonly grant: LegacyGrantKey;
    /** The key of the grant that replaced it. */
    readonly replacement: GrantKey;
  };
  // Each product's own rules for a token it is given
  /** More characters than the product takes; `length` counted as its rule counts. */
  readonly identityTooLong: {
    readonly product: IdentityProduct;
    readonly length: number;
    readonly max: number;
  };
  /**
   * Within Video's 128 characters, but over them if each character beyond ASCII counts as two,
   * as Twilio's error 53201 says of double-byte characters.
   */
  readonly identityMayBeTooLongForVideo: {
    readonly length: number;
    readonly doubled: number;
    readonly max: number;
  };
  /** A character outside what Twilio's docs allow in a Voice identity, the first of them. */
  readonly identityNotVoiceSafe: { readonly position: number; readonly character: string };
  readonly voiceCannotCall: Record<string, never>;
  readonly chatWithoutService: Record<string, never>;
  readonly playbackRetired: { readonly endedOn: string };
  // The signature
  readonly signatureLength: {
    readonly alg: 'HS256' | 'HS384' | 'HS512';
    readonly bytes: number;
    readonly expectedBytes: number;
  };
  readonly signatureMismatch: Record<string, never>;
}

export type FindingCode = keyof FindingParams;

interface FindingRule {
  readonly severity: Severity;
  readonly twilioError?: TwilioErrorCode;
}

/**
 * Severity and Twilio error of every code. Fixed per code, so a finding's weight never depends on
 * which check happened to report it.
 */
export const FINDING_RULES = {
  empty: { severity: 'note' },
  tooLarge: { severity: 'error', twilioError: 20101 },
  notJwt: { severity: 'error', twilioError: 20101 },
  inputCleaned: { severity: 'note' },
  // RFC 8259 forbids it; Go and Python refuse it, JavaScript skips it: a token only some read.
  byteOrderMark: { severity: 'error', twilioError: 20101 },
  // Parsers keep the first, keep the last or refuse: what one verifies, another may read as
  // `alg: none`. Never a token to trust.
  duplicateKey: { severity: 'error', twilioError: 20101 },
  // Servers read far deeper, so Twilio may accept it; the inspector only shows so deep.
  nestedTooDeep: { severity: 'warning' },
  // RFC 7515 makes these strings; JWT libraries refuse other types or misread them.
  headerFieldNotString: { severity: 'error', twilioError: 20102 },
  // A recipient must refuse extensions it does not know (RFC 7515 §4.1.11); Twilio defines none.
  criticalHeader: { severity: 'error', twilioError: 20102 },
  algorithmMissing: { severity: 'error', twilioError: 20102 },
  algorithmNone: { severity: 'error', twilioError: 20102 },
  algorithmNotHmac: { severity: 'error', twilioError: 20102 },
  // twilio-node signs HS384/HS512 on request, but Twilio documents only HS256.
  algorithmNotHs256: { severity: 'warning', twilioError: 20102 },
  contentTypeInvalid: { severity: 'error', twilioError: 20102 },
  // RFC 7519 makes `typ` optional; every official library writes it, so only a note.
  typeMissing: { severity: 'note' },
  typeNotJwt: { severity: 'warning', twilioError: 20102 },
  issuerInvalid: { severity: 'error', twilioError: 20103 },
  subjectInvalid: { severity: 'error', twilioError: 20103 },
  jtiMissing: { severity: 'error', twilioError: 20103 },
  // The libraries write `${iss}-${time}`; another shape means hand-made, not necessarily refused.
  jtiMismatch: { severity: 'warning', twilioError: 20103 },
  expiryMissing: { severity: 'error', twilioError: 20104 },
  expired: { severity: 'error', twilioError: 20104 },
  notBeforeNotNumber: { severity: 'error', twilioError: 20105 },
  notYetValid: { severity: 'error', twilioError: 20105 },
  neverValid: { severity: 'error', twilioError: 20105 },
  issuedAtNotNumber: { severity: 'warning' },
  // The clock of the server that made it is ahead; Twilio publishes no error for it.
  issuedInFuture: { severity: 'warning' },
  issuedAfterExpiry: { severity: 'warning' },
  lifetimeTooLong: { severity: 'error', twilioError: 20157 },
  grantsMissing: { severity: 'error', twilioError: 20106 },
  noGrant: { severity: 'warning', twilioError: 20106 },
  identityMissing: { severity: 'error', twilioError: 20106 },
  grantNotObject: { severity: 'error', twilioError: 20106 },
  grantSidInvalid: { severity: 'error', twilioError: 20106 },
  unknownGrant: { severity: 'warning', twilioError: 20106 },
  legacyGrant: { severity: 'warning', twilioError: 20106 },
  // Each product's error is the one its SDK or service gives; see the rules in grants/rules/.
  identityTooLong: { severity: 'error' },
  identityMayBeTooLongForVideo: { severity: 'warning', twilioError: 53201 },
  identityNotVoiceSafe: { severity: 'warning', twilioError: 31105 },
  voiceCannotCall: { severity: 'warning' },
  chatWithoutService: { severity: 'warning' },
  playbackRetired: { severity: 'warning' },
  signatureLength: { severity: 'error', twilioError: 20107 },
  signatureMismatch: { severity: 'error', twilioError: 20107 },
} as const satisfies Record<FindingCode, FindingRule>;

type FindingOf<C extends FindingCode> = {
  readonly code: C;
  readonly severity: (typeof FINDING_RULES)[C]['severity'];
  readonly twilioError?: TwilioErrorCode;
  readonly params: FindingParams[C];
  /** Where in the payload the finding is, for the form to show it at the field that makes it. */
  readonly at?: readonly string[];
};

/** One finding; narrowing on `code` types its `params`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/**
 * Builds a finding, taking its severity and Twilio error from {@link FINDING_RULES}; a code
 * whose error depends on the product (`identityTooLong`) is given it by its rule.
 */
export function finding<C extends FindingCode>(
  code: C,
  params: FindingParams[C],
  where: { readonly at?: readonly string[]; readonly twilioError?: TwilioErrorCode } = {},
): FindingOf<C> {
  const rule: FindingRule = FINDING_RULES[code];
  const twilioError = where.twilioError ?? rule.twilioError;
  return {
    code,
    severity: rule.severity,
    ...(twilioError === undefined ? {} : { twilioError }),
    params,
    ...(where.at === undefined ? {} : { at: where.at }),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Errors first, then warnings, then notes; the check order is kept within each. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
