import {
  grantByKey,
  isLegacyGrantKey,
  LEGACY_GRANTS,
  optionsOf,
  type GrantDescriptor,
  type GrantName,
  type LegacyGrantKey,
} from './grants/index.ts';

/**
 * What a value in a token is, found by where it sits: a header field, a claim, the identity, a
 * grant, or one of a grant's options as the grant descriptors place them. The decoded panel
 * explains a value by its place, Compare says what a difference there does, and the words for
 * both are the place's words in the reader's language.
 *
 * @example
 * ```ts
 * placeOf('payload', ['grants', 'voice', 'outgoing', 'application_sid']);
 * // { kind: 'option', grant: 'voice', option: 'outgoingApplicationSid', part: 'whole' }
 * placeOf('header', ['twr']); // { kind: 'header', field: 'twr' }
 * ```
 */

/** The header members Twilio's tokens use, and the JOSE ones the inspector names. */
export const HEADER_FIELDS = ['alg', 'typ', 'cty', 'twr', 'kid', 'crit'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** The payload's claims, the ones people look at first first. */
export const PAYLOAD_CLAIMS = ['iss', 'sub', 'grants', 'iat', 'nbf', 'exp', 'jti'] as const;
export type PayloadClaim = (typeof PAYLOAD_CLAIMS)[number];

/** The claims that hold a NumericDate. */
export const TIME_CLAIMS: ReadonlySet<string> = new Set<PayloadClaim>(['iat', 'nbf', 'exp']);

/**
 * How a path inside a grant relates to an option: the option itself (`whole`), an object that
 * holds it and perhaps others (`group`, as `outgoing` holds the application SID and the
 * parameters), or a member of an option that is itself an object (`member`, a parameter).
 */
export type OptionPart = 'whole' | 'group' | 'member';

export type TokenPlace =
  | { readonly kind: 'header'; readonly field: HeaderField }
  | { readonly kind: 'otherHeader' }
  | { readonly kind: 'claim'; readonly claim: PayloadClaim }
  | { readonly kind: 'otherClaim' }
  | { readonly kind: 'identity' }
  | { readonly kind: 'grant'; readonly grant: GrantName }
  | { readonly kind: 'legacyGrant'; readonly key: LegacyGrantKey }
  | { readonly kind: 'unknownGrant' }
  | {
      readonly kind: 'option';
      readonly grant: GrantName;
      readonly option: string;
      readonly part: OptionPart;
      /** Set when the option sits under an old key that is read with this grant's options. */
      readonly legacy?: LegacyGrantKey;
    }
  | {
      readonly kind: 'otherGrantField';
      readonly grant: GrantName | LegacyGrantKey;
    };

/** The place of the field at `path` (raw keys, outermost first) in the header or the payload. */
export function placeOf(part: 'header' | 'payload', path: readonly string[]): TokenPlace {
  const [top = '', grantKey, ...inside] = path;
  if (part === 'header') {
    return path.length === 1 && isOneOf(HEADER_FIELDS, top)
      ? { kind: 'header', field: top }
      : { kind: 'otherHeader' };
  }
  if (path.length === 1) {
    return isOneOf(PAYLOAD_CLAIMS, top) ? { kind: 'claim', claim: top } : { kind: 'otherClaim' };
  }
  if (top !== 'grants' || grantKey === undefined) return { kind: 'otherClaim' };
  if (path.length === 2 && grantKey === 'identity') return { kind: 'identity' };
  return grantPlace(grantKey, inside);
}

function grantPlace(key: string, inside: readonly string[]): TokenPlace {
  const grant = grantByKey(key);
  if (grant) {
    if (inside.length === 0) return { kind: 'grant', grant: grant.name };
    return optionPlace(grant, inside) ?? { kind: 'otherGrantField', grant: grant.name };
  }
  if (!isLegacyGrantKey(key)) return { kind: 'unknownGrant' };
  if (inside.length === 0) return { kind: 'legacyGrant', key };
  const { readAs } = LEGACY_GRANTS[key];
  const place = readAs ? optionPlace(readAs, inside) : undefined;
  return place ? { ...place, legacy: key } : { kind: 'otherGrantField', grant: key };
}

/** Which option of `grant` the path inside it belongs to, and how. */
export function optionPlace(
  grant: GrantDescriptor,
  inside: readonly string[],
): Extract<TokenPlace, { kind: 'option' }> | undefined {
  const grantName = grant.name as GrantName;
  for (const [option, { payload, kind }] of optionsOf(grant)) {
    const shared = commonLength(payload, inside);
    if (shared === payload.length && shared === inside.length) {
      return { kind: 'option', grant: grantName, option, part: 'whole' };
    }
    if (shared === inside.length)
      return { kind: 'option', grant: grantName, option, part: 'group' };
    // Inside an option that is itself an object: a parameter, or the Playback grant's content.
    if (shared === payload.length && (kind === 'params' || kind === 'json')) {
      return { kind: 'option', grant: grantName, option, part: 'member' };
    }
  }
  return undefined;
}

function commonLength(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function isOneOf<T extends string>(list: readonly T[], key: string): key is T {
  return (list as readonly string[]).includes(key);
}
