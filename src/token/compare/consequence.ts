import { jsonKindOf, type JsonKind } from '../json/displayText.ts';
import type { FieldMeaning } from './fieldMeaning.ts';
import type { Lifetime, TokenTimes, ValidFrom } from '../tokenTimes.ts';

/**
 * What a difference between two tokens does, where we know it: "signed by a different API key",
 * "scoped to another room". Data for the UI to word, like the inspector's findings.
 *
 * @example
 * ```ts
 * consequenceOf({ meaning: 'room', grant: 'video' }, ['grants', 'video', 'room'], 'a', 'b', context);
 * // { code: 'otherRoom', params: {} }
 * ```
 */

export type Side = 'first' | 'second';

/** The values each consequence carries, by code. */
export interface ConsequenceParams {
  /** The same field holds another type of JSON value: a reader expects one of them. */
  readonly otherShape: { readonly first: JsonKind; readonly second: JsonKind };
  readonly otherAlgorithm: Record<string, never>;
  readonly otherType: Record<string, never>;
  readonly otherContentType: Record<string, never>;
  readonly otherRegion: Record<string, never>;
  readonly notReadByTwilio: Record<string, never>;
  readonly ownTokenId: Record<string, never>;
  readonly otherApiKey: Record<string, never>;
  readonly otherAccount: Record<string, never>;
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
  readonly actsAsSomeoneElse: Record<string, never>;
  /** Only `side` has an identity. */
  readonly identityOnOneSide: { readonly side: Side };
  /** Only `side` has the grant. */
  readonly grantOnOneSide: { readonly side: Side };
  readonly otherRoom: Record<string, never>;
  /** Only `side` is limited to one room; the other may join any room. */
  readonly roomOnOneSide: { readonly side: Side };
  /** Only `side` may receive incoming calls. */
  readonly incomingOnOneSide: { readonly side: Side };
  /** Only `side` may place outgoing calls. */
  readonly outgoingOnOneSide: { readonly side: Side };
  readonly otherApplication: Record<string, never>;
  readonly otherCallParams: Record<string, never>;
  readonly otherPushCredential: Record<string, never>;
  readonly otherEndpoint: Record<string, never>;
  readonly otherService: Record<string, never>;
  readonly otherDeploymentRole: Record<string, never>;
  readonly otherWorkspace: Record<string, never>;
  readonly otherWorker: Record<string, never>;
  readonly otherWorkerRole: Record<string, never>;
  readonly otherPlayback: Record<string, never>;
}

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

/** Codes that follow from the meaning alone. */
const BY_MEANING: Partial<Record<FieldMeaning['meaning'], ConsequenceCode>> = {
  algorithm: 'otherAlgorithm',
  type: 'otherType',
  contentType: 'otherContentType',
  region: 'otherRegion',
  keyId: 'notReadByTwilio',
  otherHeader: 'notReadByTwilio',
  otherClaim: 'notReadByTwilio',
  tokenId: 'ownTokenId',
  issuer: 'otherApiKey',
  subject: 'otherAccount',
  identity: 'actsAsSomeoneElse',
  room: 'otherRoom',
  application: 'otherApplication',
  callParams: 'otherCallParams',
  callParam: 'otherCallParams',
  pushCredential: 'otherPushCredential',
  endpoint: 'otherEndpoint',
  service: 'otherService',
  deploymentRole: 'otherDeploymentRole',
  workspace: 'otherWorkspace',
  worker: 'otherWorker',
  workerRole: 'otherWorkerRole',
  playback: 'otherPlayback',
};

/**
 * The consequence of `first` and `second` differing at a field of this meaning, or undefined
 * when we know of none. Either value may be {@link ABSENT}.
 */
export function consequenceOf(
  { meaning, grant }: FieldMeaning,
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
  switch (meaning) {
    case 'issuer':
    case 'subject':
      return swapped(context) ? make('issuerSubjectSwapped', none) : byMeaning(meaning);
    case 'issuedAt': {
      if (onlySide) return make('issuedAtOnOneSide', { side: onlySide });
      const { first: a, second: b } = context.times;
      return a.issuedAt !== undefined && b.issuedAt !== undefined
        ? make('issuedApart', { seconds: b.issuedAt - a.issuedAt })
        : undefined;
    }
    case 'notBefore':
      return make('validFrom', {
        first: context.times.first.validFrom,
        second: context.times.second.validFrom,
      });
    case 'expiry':
      return expiryConsequence(context.times);
    case 'identity':
      return onlySide ? make('identityOnOneSide', { side: onlySide }) : byMeaning(meaning);
    case 'grant':
      if (grant === 'unknown') return make('notReadByTwilio', none);
      return onlySide ? make('grantOnOneSide', { side: onlySide }) : undefined;
    case 'room':
      return onlySide ? make('roomOnOneSide', { side: onlySide }) : byMeaning(meaning);
    case 'incoming':
      return incomingConsequence(context);
    case 'outgoing':
      return onlySide ? make('outgoingOnOneSide', { side: onlySide }) : undefined;
    default:
      return byMeaning(meaning);
  }
}

function byMeaning(meaning: FieldMeaning['meaning']): Consequence | undefined {
  const code = BY_MEANING[meaning];
  // Every code reached through BY_MEANING carries no values.
  return code === undefined ? undefined : ({ code, params: none } as Consequence);
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

/** Whether each token lets its holder receive calls: `incoming.allow` must be `true`. */
function incomingConsequence({ payloads }: ComparisonContext): Consequence | undefined {
  const allows = (payload: Readonly<Record<string, unknown>>) => {
    const incoming = member(member(member(payload, 'grants'), 'voice'), 'incoming');
    return member(incoming, 'allow') === true;
  };
  const [first, second] = [allows(payloads.first), allows(payloads.second)];
  if (first === second) return undefined;
  return make('incomingOnOneSide', { side: first ? 'first' : 'second' });
}

/** An own member of a JSON object, or undefined for anything else. */
function member(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
