import type { ClaimText } from '../token/claimRows.ts';
import type { GrantDescriptor, GrantName, GrantOf, LegacyGrantKey } from '../token/grants/index.ts';
import type { HeaderField, PayloadClaim, TokenPlace } from '../token/place.ts';

/**
 * The words for the parts of a token, shaped by the grant descriptors: every grant and every
 * option has exactly one entry per language, which the form, the decoded panel and Compare all
 * read. A descriptor's new option fails the typecheck until each language words it.
 */

/** What a grant's option says about itself: in the form, in a decoded token, in Compare. */
export interface OptionWords {
  /** The form field's label. A public contract: keep it. */
  readonly label: string;
  readonly description?: string;
  readonly placeholder?: string;
  /** The decoded panel's sentence for the option in a token. */
  readonly claim: (value: ClaimText) => string;
  /** Compare: what the field is for, as a short noun phrase. */
  readonly meaning: string;
  /** Compare: what a different value does. */
  readonly difference: string;
  /** Compare: what it does that only one token (`side`, worded) has it; else `difference`. */
  readonly onOneSide?: (side: string) => string;
}

export interface GrantWords<G extends GrantDescriptor> {
  /** The grant's name, which labels its switch. A public contract: keep it. */
  readonly name: string;
  /** What the grant is for, under its switch. */
  readonly description: string;
  /** The decoded panel's sentence for the grant as a whole. */
  readonly claim: (value: ClaimText) => string;
  readonly options: { readonly [O in keyof G['options']]: OptionWords };
}

export type GrantsWords = { readonly [N in GrantName]: GrantWords<GrantOf<N>> };

/** A header field's or a claim's words: its sentence, its meaning and, where known, the effect. */
export interface PartWords {
  readonly claim: (value: ClaimText) => string;
  readonly meaning: string;
  readonly difference?: string;
}

/** Everything in a token that is not a grant's option. */
export interface TokenPartWords {
  readonly header: { readonly [F in HeaderField]: PartWords };
  readonly claims: { readonly [C in PayloadClaim]: PartWords };
  readonly identity: PartWords & { readonly difference: string };
  readonly legacyGrants: {
    readonly [K in LegacyGrantKey]: { readonly name: string; readonly claim: () => string };
  };
  /** A grant as a whole, in Compare: "Video grant". */
  readonly grantMeaning: (grantName: string) => string;
  readonly otherHeader: PartWords;
  readonly otherClaim: PartWords;
  readonly unknownGrant: PartWords;
  readonly otherGrantField: {
    readonly claim: (value: ClaimText) => string;
    readonly meaning: (grantName: string) => string;
  };
}

/** The name of the grant a place belongs to, as the reader knows it. */
function grantNameOf(
  grants: GrantsWords,
  parts: TokenPartWords,
  grant: GrantName | LegacyGrantKey,
): string {
  return Object.hasOwn(grants, grant)
    ? grants[grant as GrantName].name
    : parts.legacyGrants[grant as LegacyGrantKey].name;
}

/** The words of an option place. */
export function optionWords(
  grants: GrantsWords,
  place: Extract<TokenPlace, { kind: 'option' }>,
): OptionWords {
  const options: Readonly<Record<string, OptionWords>> = grants[place.grant].options;
  // The place came from the descriptors, which the words' type mirrors.
  return options[place.option] as OptionWords;
}

/**
 * The decoded panel's sentence for a value at `place`.
 *
 * @example
 * ```ts
 * explainPlace(t.grants, t.token, row.place, row); // 'Only the room “standup” may be joined…'
 * ```
 */
export function explainPlace(
  grants: GrantsWords,
  parts: TokenPartWords,
  place: TokenPlace,
  value: ClaimText,
): string {
  switch (place.kind) {
    case 'header':
      return parts.header[place.field].claim(value);
    case 'claim':
      return parts.claims[place.claim].claim(value);
    case 'identity':
      return parts.identity.claim(value);
    case 'grant':
      return grants[place.grant].claim(value);
    case 'legacyGrant':
      return parts.legacyGrants[place.key].claim();
    case 'option':
      return optionWords(grants, place).claim(value);
    case 'otherHeader':
      return parts.otherHeader.claim(value);
    case 'otherClaim':
      return parts.otherClaim.claim(value);
    case 'unknownGrant':
      return parts.unknownGrant.claim(value);
    case 'otherGrantField':
      return parts.otherGrantField.claim(value);
  }
}

/** What the field at `place` is for, as a short noun phrase (Compare's "meaning"). */
export function placeMeaning(
  grants: GrantsWords,
  parts: TokenPartWords,
  place: TokenPlace,
): string {
  switch (place.kind) {
    case 'header':
      return parts.header[place.field].meaning;
    case 'claim':
      return parts.claims[place.claim].meaning;
    case 'identity':
      return parts.identity.meaning;
    case 'grant':
      return parts.grantMeaning(grants[place.grant].name);
    case 'legacyGrant':
      return parts.grantMeaning(parts.legacyGrants[place.key].name);
    case 'option':
      return optionWords(grants, place).meaning;
    case 'otherHeader':
      return parts.otherHeader.meaning;
    case 'otherClaim':
      return parts.otherClaim.meaning;
    case 'unknownGrant':
      return parts.unknownGrant.meaning;
    case 'otherGrantField':
      return parts.otherGrantField.meaning(grantNameOf(grants, parts, place.grant));
  }
}

/** What a difference at `place` does, where its words say; empty where they do not. */
export function differenceOf(
  grants: GrantsWords,
  parts: TokenPartWords,
  place: Extract<TokenPlace, { kind: 'header' | 'claim' | 'option' | 'identity' }>,
): string {
  switch (place.kind) {
    case 'header':
      return parts.header[place.field].difference ?? '';
    case 'claim':
      return parts.claims[place.claim].difference ?? '';
    case 'identity':
      return parts.identity.difference;
    case 'option':
      return optionWords(grants, place).difference;
  }
}
