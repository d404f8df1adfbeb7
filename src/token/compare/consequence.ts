import { jsonKindOf, type JsonKind } from '../json/displayText.ts';
import { GRANT_BY_NAME, type OptionDescriptor } from '../grants/index.ts';
import type { HeaderField, TokenPlace } from '../place.ts';
import type { Lifetime, TokenTimes, ValidFrom } from '../tokenTimes.ts';

/**
 * What a difference between two tokens does, where we know it: "signed by a different API key",
 * "scoped to another room". Data for the UI to word, like the inspector's findings.
 *
 * @example
 * ```ts
 * consequenceOf(placeOf('payload', ['grants', 'video', 'room']), 'a', 'b', context);
 * // { code: 'differs', params: { place: { kind: 'option', grant: 'video', option: 'room', … } } }
 * ```
 */

export type Side = 'first' | 'second';

/** The values each consequence carries, by code. */
export interface ConsequenceParams {
  /** The same field holds another type of JSON value: a reader expects one of them. */
  readonly otherShape: { readonly first: JsonKind; readonly second: JsonKind };
  /**
   * A header field, a claim, the identity or a grant option differs: its words say what that
   * does (another algorithm, another API key, another room…).
   */
  readonly differs: { readonly place: DifferingPlace };
  readonly notReadByTwilio: Record<string, never>;
  /** Each token's `iss` is the other's `sub`: one of them was made with the two swapped. */
  readonly issuerSubjectSwapped: Record<string, never>;
  /** The second's `iat` minus the first's. */
  readonly issuedApart: { readonly seconds: number };
  /** Only `side` has an `iat`. */
  readonly issuedAtOnOneSide: { readonly side: Side };
  /** Each lifetime, absent where it cannot be measured. */
  readonly lifetimes: { readonly first?: Lifetime; readonly second?: Lifetime };
  /** Both live as long; `exp` differs only because they were issued at different times. */
  readonly sameLifetime: { readonly lifetime: Lifetime };
  readonly validFrom: { readonly first: ValidFrom; readonly second: ValidFrom };
  /** Only `side` has an identity. */
  readonly identityOnOneSide: { readonly side: Side };
  /** Only `side` has the grant. */
  readonly grantOnOneSide: { readonly side: Side };
  /** Only `side` has the option, or, for a switch, has it on. */
  readonly optionOnOneSide: { readonly place: OptionPlace; readonly side: Side };
}

/** The places whose words say what a difference there does. */
export type DifferingPlace = Extract<
  TokenPlace,
  { kind: 'header' | 'claim' | 'option' | 'identity' }
>;

type OptionPlace = Extract<TokenPlace, { kind: 'option' }>;

export type ConsequenceCode = keyof ConsequenceParams;

/** One consequence; narrowing on `code` types its `params`. */
export type Consequence = {
  [C in ConsequenceCode]: { readonly code: C; readonly params: ConsequenceParams[C] };
}[ConsequenceCode];

/** Stands for a member one token does not have. */
export const ABSENT: unique symbol = Symbol('absent');

/** What both tokens say, for the consequences that need more than the two values. */
export interface ComparisonContext {
  readonly payloads: Readonly<Record<Side, Readonly<Record<string, unknown>>>>;
  readonly times: Readonly<Record<Side, TokenTimes>>;
}

const make = <C extends ConsequenceCode>(code: C, params: ConsequenceParams[C]) =>
  ({ code, params }) as Consequence;
const none = {} as Record<string, never>;

/** The header fields a difference in which matters, as their words say. */
const READ_HEADER: ReadonlySet<HeaderField> = new Set(['alg', 'typ', 'cty', 'twr']);

/**
 * The consequence of `first` and `second` differing at a field of this place, or undefined when
 * we know of none. Either value may be {@link ABSENT}.
 */
export function consequenceOf(
  place: TokenPlace,
  first: unknown,
  second: unknown,
  context: ComparisonContext,
): Consequence | undefined {
  const onlySide: Side | undefined =
    first === ABSENT ? 'second' : second === ABSENT ? 'first' : undefined;
  if (onlySide === undefined) {
    const [a, b] = [jsonKindOf(first), jsonKindOf(second)];
    if (a !== b) return make('otherShape', { first: a, second: b });
  }
  switch (place.kind) {
    case 'header':
      if (READ_HEADER.has(place.field)) return make('differs', { place });
      return place.field === 'kid' ? make('notReadByTwilio', none) : undefined;
    case 'otherHeader':
    case 'otherClaim':
    case 'unknownGrant':
      return make('notReadByTwilio', none);
    case 'claim':
      return claimConsequence(place, onlySide, context);
    case 'identity':
      return onlySide ? make('identityOnOneSide', { side: onlySide }) : make('differs', { place });
    case 'grant':
    case 'legacyGrant':
      return onlySide ? make('grantOnOneSide', { side: onlySide }) : undefined;
    case 'option':
      return optionConsequence(place, onlySide, context);
    case 'otherGrantField':
      return undefined;
  }
}

function claimConsequence(
  place: Extract<TokenPlace, { kind: 'claim' }>,
  onlySide: Side | undefined,
  context: ComparisonContext,
): Consequence | undefined {
  switch (place.claim) {
    case 'iss':
    case 'sub':
      return swapped(context) ? make('issuerSubjectSwapped', none) : make('differs', { place });
    case 'jti':
      return make('differs', { place });
    case 'iat': {
      if (onlySide) return make('issuedAtOnOneSide', { side: onlySide });
      const { first: a, second: b } = context.times;
      return a.issuedAt !== undefined && b.issuedAt !== undefined
        ? make('issuedApart', { seconds: b.issuedAt - a.issuedAt })
        : undefined;
    }
    case 'nbf':
      return make('validFrom', {
        first: context.times.first.validFrom,
        second: context.times.second.validFrom,
      });
    case 'exp':
      return expiryConsequence(context.times);
    case 'grants':
      return undefined;
  }
}

/**
 * A switch counts as present only when on (`incoming.allow: true`), since twilio-node writes it
 * only then; any other option where one token lacks it is an option on one side.
 */
function optionConsequence(
  place: OptionPlace,
  onlySide: Side | undefined,
  context: ComparisonContext,
): Consequence | undefined {
  const option = optionDescriptor(place);
  if (option?.kind === 'switch') {
    const [first, second] = [isOn(context.payloads.first), isOn(context.payloads.second)];
    if (first === second) return undefined;
    return make('optionOnOneSide', { place, side: first ? 'first' : 'second' });
  }
  return onlySide ? make('optionOnOneSide', { place, side: onlySide }) : make('differs', { place });

  function isOn(payload: Readonly<Record<string, unknown>>): boolean {
    const key = place.legacy ?? GRANT_BY_NAME[place.grant].key;
    let value = member(member(payload, 'grants'), key);
    for (const part of option?.payload ?? []) value = member(value, part);
    return value === true;
  }
}

function optionDescriptor(place: OptionPlace): OptionDescriptor | undefined {
  const options: Readonly<Record<string, OptionDescriptor>> = GRANT_BY_NAME[place.grant].options;
  return options[place.option];
}

function swapped({ payloads: { first, second } }: ComparisonContext): boolean {
  const sids = [first.iss, first.sub, second.iss, second.sub];
  if (!sids.every((sid) => typeof sid === 'string')) return false;
  return first.iss === second.sub && first.sub === second.iss && first.iss !== first.sub;
}

function expiryConsequence(times: ComparisonContext['times']): Consequence {
  const { first, second } = times;
  if (first.lifetime && second.lifetime && first.lifetime.seconds === second.lifetime.seconds) {
    return make('sameLifetime', { lifetime: first.lifetime });
  }
  return make('lifetimes', {
    ...(first.lifetime ? { first: first.lifetime } : {}),
    ...(second.lifetime ? { second: second.lifetime } : {}),
  });
}

/** An own member of a JSON object, or undefined for anything else. */
function member(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
