import { jwtVerify } from 'jose';
import jsonwebtoken from 'jsonwebtoken';
import { expect } from 'vitest';
import { ACCESS_TOKEN_CONTENT_TYPE, DEFAULT_ALGORITHM } from '../../src/token/claims.ts';
import { epochSeconds, systemClock } from '../../src/token/clock.ts';
import {
  createAccessToken,
  type AccessTokenRequest,
  type SignedAccessToken,
} from '../../src/token/createAccessToken.ts';
import { InvalidTokenInputError } from '../../src/token/errors.ts';
import { TOKEN_FIELDS } from '../../src/token/fields.ts';
import type { GrantOptions } from '../../src/token/grants/index.ts';
import { DEFAULT_TTL_SECONDS } from '../../src/token/validation/rules.ts';

/** What createAccessToken may do with any request: sign a token, or name the field it refuses. */
export type Outcome =
  { readonly token: SignedAccessToken } | { readonly error: InvalidTokenInputError };

/** Runs the core; anything thrown but an {@link InvalidTokenInputError} on a real field fails. */
export async function outcomeOf(request: AccessTokenRequest): Promise<Outcome> {
  try {
    return { token: await createAccessToken(request) };
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTokenInputError);
    const typed = error as InvalidTokenInputError;
    expect(TOKEN_FIELDS).toContain(typed.field);
    expect(typed.code).toBe(InvalidTokenInputError.code);
    return { error: typed };
  }
}

/** `{ [key]: value }`, or nothing when twilio-node would leave the member out. */
const optional = (key: string, value: unknown): Record<string, unknown> =>
  value === undefined || value === false || value === '' ? {} : { [key]: value };

/**
 * The `grants` claim a request asks for, written out from Twilio's token format rather than from
 * the core's grant modules: empty options left out, as every Twilio library does.
 */
function expectedGrants(identity: string, grants: GrantOptions): Record<string, unknown> {
  const { video, voice, chat, sync, taskRouter, playback } = grants;
  const outgoing = voice?.outgoingApplicationSid
    ? {
        application_sid: voice.outgoingApplicationSid,
        ...optional('params', voice.outgoingApplicationParams),
      }
    : undefined;
  return {
    identity,
    ...optional('video', video && { ...optional('room', video.room) }),
    ...optional(
      'voice',
      voice && {
        ...optional('incoming', voice.incomingAllow === true && { allow: true }),
        ...optional('outgoing', outgoing),
        ...optional('push_credential_sid', voice.pushCredentialSid),
        ...optional('endpoint_id', voice.endpointId),
      },
    ),
    ...optional(
      'chat',
      chat && {
        ...optional('service_sid', chat.serviceSid),
        ...optional('endpoint_id', chat.endpointId),
        ...optional('deployment_role_sid', chat.deploymentRoleSid),
        ...optional('push_credential_sid', chat.pushCredentialSid),
      },
    ),
    ...optional(
      'data_sync',
      sync && {
        ...optional('service_sid', sync.serviceSid),
        ...optional('endpoint_id', sync.endpointId),
      },
    ),
    ...optional(
      'task_router',
      taskRouter && {
        ...optional('workspace_sid', taskRouter.workspaceSid),
        ...optional('worker_sid', taskRouter.workerSid),
        ...optional('role', taskRouter.role),
      },
    ),
    ...optional('player', playback && { ...playback.grant }),
  };
}

/** The JOSE header a request asks for, in twilio-node's key order. */
export function expectedHeader(request: AccessTokenRequest): Record<string, unknown> {
  return {
    alg: request.algorithm ?? DEFAULT_ALGORITHM,
    typ: 'JWT',
    cty: ACCESS_TOKEN_CONTENT_TYPE,
    ...optional('twr', request.region),
  };
}

/** The payload a request asks for at `issuedAt`, in twilio-node's key order. */
export function expectedPayload(
  request: AccessTokenRequest,
  issuedAt: number,
): Record<string, unknown> {
  return withoutNegativeZero({
    jti: `${request.apiKeySid}-${issuedAt}`,
    grants: expectedGrants(request.identity, request.grants),
    ...(request.nbf === undefined ? {} : { nbf: request.nbf }),
    iat: issuedAt,
    exp: issuedAt + (request.ttl ?? DEFAULT_TTL_SECONDS),
    iss: request.apiKeySid,
    sub: request.accountSid,
  });
}

/**
 * -0 and 0 are one JSON number. Keys are copied with `Object.fromEntries`, which keeps an own
 * `__proto__` member as data (assignment would set the prototype instead).
 */
function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withoutNegativeZero(item)]),
  ) as T;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const segmentText = (segment: string | undefined) =>
  utf8.decode(Buffer.from(segment ?? '', 'base64url'));

/**
 * The token decodes to exactly the claims the request asked for, byte for byte in twilio-node's
 * order, and both jose and jsonwebtoken verify it with the secret and the requested algorithm.
 */
export async function expectRoundTrip(
  request: AccessTokenRequest,
  token: SignedAccessToken,
): Promise<void> {
  const issuedAt = epochSeconds(request.clock ?? systemClock);
  const header = expectedHeader(request);
  const payload = expectedPayload(request, issuedAt);
  const [headerSegment, payloadSegment] = token.jwt.split('.');
  // Value equality catches what JSON.stringify would quietly change (Infinity, dropped members);
  // text equality catches the order of members.
  expect(JSON.parse(segmentText(headerSegment))).toEqual(header);
  expect(JSON.parse(segmentText(payloadSegment))).toEqual(payload);
  expect(segmentText(headerSegment)).toBe(JSON.stringify(header));
  expect(segmentText(payloadSegment)).toBe(JSON.stringify(payload));
  expect(token.header).toEqual(header);
  expect(withoutNegativeZero(token.payload)).toEqual(payload);

  const algorithm = request.algorithm ?? DEFAULT_ALGORITHM;
  const now = Math.max(issuedAt, request.nbf ?? issuedAt);
  const verified = await jwtVerify(token.jwt, new TextEncoder().encode(request.apiKeySecret), {
    algorithms: [algorithm],
    currentDate: new Date(now * 1000),
  });
  expect(verified.protectedHeader).toEqual(header);
  expect(verified.payload).toEqual(payload);
  const classic = jsonwebtoken.verify(token.jwt, request.apiKeySecret, {
    algorithms: [algorithm],
    // jsonwebtoken takes a clock of 0 for no clock at all, and would use the real one.
    clockTimestamp: Math.max(now, Number.MIN_VALUE),
  });
  expect(classic).toEqual(payload);
}
