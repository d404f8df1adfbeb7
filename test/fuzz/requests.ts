import fc from 'fast-check';
import { SIGNING_ALGORITHMS } from '../../src/token/claims.ts';
import type { AccessTokenRequest } from '../../src/token/createAccessToken.ts';
import type { TokenField } from '../../src/token/fields.ts';
import type { GrantOptions } from '../../src/token/grants/index.ts';
import {
  countCodePoints,
  DEFAULT_TTL_SECONDS,
  MAX_NAME_LENGTH,
  MAX_NUMERIC_DATE,
  MAX_REGION_LENGTH,
  MAX_TTL_SECONDS,
} from '../../src/token/validation/rules.ts';
import { MAX_ENDPOINT_ID_LENGTH, MAX_ROLE_LENGTH } from '../../src/token/grants/index.ts';
import { sidOf, validName } from '../support/arbitraries.ts';
import { FROZEN_NOW_MS } from '../support/fixtures.ts';
import { hostileText, nearSid, numberNear, textAroundLength } from './hostile.ts';
import { jsonObject, playbackGrant } from './json.ts';

/**
 * Requests for createAccessToken in which any field may be hostile. Each drawn value remembers
 * whether it came from the hostile side, so a property can demand that a refusal names one of
 * those fields and no other. Test code only.
 */

/** Seconds since the epoch at which a token is signed: today, any time, or near the last date. */
export const issuedAt = fc.oneof(
  fc.constant(Math.floor(FROZEN_NOW_MS / 1000)),
  fc.integer({ min: 0, max: MAX_NUMERIC_DATE }),
  fc.integer({ min: MAX_NUMERIC_DATE - MAX_TTL_SECONDS, max: MAX_NUMERIC_DATE }),
);

/** A clock at `seconds`, somewhere inside that second, that a counterexample prints by name. */
export function clockAt(seconds: number, millis: number): () => number {
  const clock = () => seconds * 1000 + millis;
  Object.defineProperty(clock, fc.toStringMethod, {
    value: () => `clockAt(${seconds}, ${millis})`,
  });
  return clock;
}

/** Bounds of the TTL check; rules.ts names the maximum, the minimum is one second. */
export const TTL_BOUNDS = [0, 1, MAX_TTL_SECONDS];
export const NUMERIC_DATE_BOUNDS = [0, MAX_NUMERIC_DATE];

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const upTo = (max: number) => validName.filter((name) => countCodePoints(name) <= max);

interface Drawn<T> {
  readonly value: T;
  readonly hostile: boolean;
}

type Draw = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.Arbitrary<Drawn<T>>;

/** Mostly valid, now and then hostile (which may still turn out valid). */
const sometimesHostile: Draw = (valid, hostile) =>
  fc.oneof(
    { arbitrary: valid.map((value) => ({ value, hostile: false })), weight: 14 },
    { arbitrary: hostile.map((value) => ({ value, hostile: true })), weight: 1 },
  );
const neverHostile: Draw = (valid) => valid.map((value) => ({ value, hostile: false }));

type NotBefore =
  | { readonly kind: 'beforeIssue'; readonly fraction: number }
  | { readonly kind: 'absolute'; readonly value: number }
  | { readonly kind: 'fromExpiry'; readonly offset: number };

function requestDraws(draw: Draw) {
  const optionalSid = (prefix: string) =>
    draw(fc.oneof(fc.constant(undefined), fc.constant(''), sidOf(prefix)), nearSid(prefix));
  const freeText = (max: number) =>
    draw(optional(upTo(max)), fc.oneof(hostileText, textAroundLength(max)));
  const grants = fc.record(
    {
      video: fc.record({
        room: draw(
          optional(fc.oneof(validName, sidOf('RM'))),
          fc.oneof(hostileText, nearSid('RM'), textAroundLength(MAX_NAME_LENGTH)),
        ),
      }),
      voice: fc.record({
        incomingAllow: optional(fc.boolean()),
        outgoingApplicationSid: optionalSid('AP'),
        // Twilio passes any parameters on; the core has no rule for them.
        outgoingApplicationParams: optional(
          fc.dictionary(hostileText, hostileText, { maxKeys: 4 }),
        ),
        pushCredentialSid: optionalSid('CR'),
        endpointId: freeText(MAX_ENDPOINT_ID_LENGTH),
      }),
      chat: fc.record({
        serviceSid: optionalSid('IS'),
        endpointId: freeText(MAX_ENDPOINT_ID_LENGTH),
        deploymentRoleSid: optionalSid('RL'),
        pushCredentialSid: optionalSid('CR'),
      }),
      sync: fc.record({
        serviceSid: optionalSid('IS'),
        endpointId: freeText(MAX_ENDPOINT_ID_LENGTH),
      }),
      taskRouter: fc.record({
        workspaceSid: optionalSid('WS'),
        workerSid: optionalSid('WK'),
        role: freeText(MAX_ROLE_LENGTH),
      }),
      playback: fc.record({ grant: draw<unknown>(optional(jsonObject), playbackGrant) }),
    },
    { requiredKeys: [] },
  );
  const notBefore: fc.Arbitrary<NotBefore> = fc.oneof(
    numberNear(NUMERIC_DATE_BOUNDS).map((value) => ({ kind: 'absolute', value }) as const),
    fc.integer({ min: -2, max: 2 }).map((offset) => ({ kind: 'fromExpiry', offset }) as const),
  );
  return fc.record({
    accountSid: draw(sidOf('AC'), nearSid('AC')),
    apiKeySid: draw(sidOf('SK'), nearSid('SK')),
    apiKeySecret: draw(
      hostileText.filter((text) => text !== ''),
      fc.constant(''),
    ),
    identity: draw(validName, fc.oneof(hostileText, textAroundLength(MAX_NAME_LENGTH))),
    ttl: draw(optional(fc.integer({ min: 1, max: MAX_TTL_SECONDS })), numberNear(TTL_BOUNDS)),
    nbf: draw<NotBefore | undefined>(
      optional(
        fc
          .double({ min: 0, max: 1, noNaN: true })
          .map((fraction) => ({ kind: 'beforeIssue', fraction }) as const),
      ),
      notBefore,
    ),
    region: draw(
      optional(fc.oneof(fc.constantFrom('', 'us1', 'ie1', 'au1'), upTo(MAX_REGION_LENGTH))),
      fc.oneof(hostileText, textAroundLength(MAX_REGION_LENGTH)),
    ),
    algorithm: draw<string | undefined>(
      optional(fc.constantFrom(...SIGNING_ALGORITHMS)),
      fc.oneof(fc.constantFrom('none', 'RS256', 'hs256', 'HS256 ', ''), hostileText),
    ),
    issuedAt,
    millis: fc.integer({ min: 0, max: 999 }),
    grants,
  });
}

/** Requests in which any field may be hostile. */
export const drawnRequest = requestDraws(sometimesHostile);

export type DrawnRequest = typeof drawnRequest extends fc.Arbitrary<infer T> ? T : never;

/** The request a draw stands for, and the fields that were drawn hostile. */
export function resolveRequest(drawn: DrawnRequest): {
  request: AccessTokenRequest;
  suspects: TokenField[];
} {
  const suspects: TokenField[] = [];
  const take = <T>(field: TokenField, { value, hostile }: Drawn<T>): T => {
    if (hostile) suspects.push(field);
    return value;
  };
  const ttl = take('ttl', drawn.ttl);
  const notBefore = take('nbf', drawn.nbf);
  const lifetime = ttl ?? DEFAULT_TTL_SECONDS;
  const nbf =
    notBefore === undefined
      ? undefined
      : notBefore.kind === 'beforeIssue'
        ? Math.floor(notBefore.fraction * drawn.issuedAt)
        : notBefore.kind === 'absolute'
          ? notBefore.value
          : drawn.issuedAt + lifetime + notBefore.offset;
  const grants = resolveGrants(drawn.grants, take);
  if (Object.keys(grants).length === 0) suspects.push('grants');
  const { voice } = grants;
  if (voice?.outgoingApplicationParams && !voice.outgoingApplicationSid) {
    suspects.push('grants.voice.outgoingApplicationParams');
  }
  const request: AccessTokenRequest = {
    accountSid: take('accountSid', drawn.accountSid),
    apiKeySid: take('apiKeySid', drawn.apiKeySid),
    apiKeySecret: take('apiKeySecret', drawn.apiKeySecret),
    identity: take('identity', drawn.identity),
    ttl,
    nbf,
    region: take('region', drawn.region),
    algorithm: take('algorithm', drawn.algorithm) as AccessTokenRequest['algorithm'],
    grants,
    clock: clockAt(drawn.issuedAt, drawn.millis),
  };
  return { request, suspects };
}

type Take = <T>(field: TokenField, drawn: Drawn<T>) => T;

function resolveGrants(drawn: DrawnRequest['grants'], take: Take): GrantOptions {
  const { video, voice, chat, sync, taskRouter, playback } = drawn;
  return {
    ...(video && { video: { room: take('grants.video.room', video.room) } }),
    ...(voice && {
      voice: {
        incomingAllow: voice.incomingAllow,
        outgoingApplicationSid: take(
          'grants.voice.outgoingApplicationSid',
          voice.outgoingApplicationSid,
        ),
        outgoingApplicationParams: voice.outgoingApplicationParams,
        pushCredentialSid: take('grants.voice.pushCredentialSid', voice.pushCredentialSid),
        endpointId: take('grants.voice.endpointId', voice.endpointId),
      },
    }),
    ...(chat && {
      chat: {
        serviceSid: take('grants.chat.serviceSid', chat.serviceSid),
        endpointId: take('grants.chat.endpointId', chat.endpointId),
        deploymentRoleSid: take('grants.chat.deploymentRoleSid', chat.deploymentRoleSid),
        pushCredentialSid: take('grants.chat.pushCredentialSid', chat.pushCredentialSid),
      },
    }),
    ...(sync && {
      sync: {
        serviceSid: take('grants.sync.serviceSid', sync.serviceSid),
        endpointId: take('grants.sync.endpointId', sync.endpointId),
      },
    }),
    ...(taskRouter && {
      taskRouter: {
        workspaceSid: take('grants.taskRouter.workspaceSid', taskRouter.workspaceSid),
        workerSid: take('grants.taskRouter.workerSid', taskRouter.workerSid),
        role: take('grants.taskRouter.role', taskRouter.role),
      },
    }),
    ...(playback && {
      playback: {
        grant: take('grants.playback.grant', playback.grant) as Record<string, unknown> | undefined,
      },
    }),
  };
}

/** Requests the core must sign: every field valid, in any script and length, with any grants. */
export const validRequest = requestDraws(neverHostile)
  .map((drawn) => resolveRequest(drawn))
  // Only a request without any grant, or with parameters but no application, is left to refuse.
  .filter(({ suspects }) => suspects.length === 0)
  .map(({ request }) => request);
