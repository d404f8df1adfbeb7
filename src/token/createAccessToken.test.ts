import jwt from 'jsonwebtoken';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessToken } from './createAccessToken.ts';
import { InvalidTokenInputError } from './errors.ts';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  FROZEN_NOW_MS,
  ROOM_SID,
  fixtureRequest,
} from '../../test/support/fixtures.ts';
import { twilioNodeToken } from '../../test/support/twilioOracle.ts';

const IDENTITIES = [
  'alice',
  'user@example.com',
  'アリス',
  '山田 太郎',
  '🦊 fox 👩🏽‍💻',
  'say "hello"',
  'back\\slash',
  'it\'s "quoted" \\ and \\\\ escaped',
  '</script><script>',
  'x'.repeat(128),
];
const ROOMS = [undefined, '', 'daily-standup', '会議室 1', ROOM_SID];
const TTLS = [1, 3600, 14_400, 86_400];

const request = fixtureRequest;

describe('createAccessToken is byte-identical to twilio-node', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FROZEN_NOW_MS);
  });
  afterEach(() => vi.useRealTimers());

  const cases = IDENTITIES.flatMap((identity) =>
    ROOMS.flatMap((room) => TTLS.map((ttl) => ({ identity, room, ttl }))),
  );

  it.each(cases)('identity $identity, room $room, ttl $ttl', async ({ identity, room, ttl }) => {
    const grants = { video: room === undefined ? {} : { room } };
    const ours = await createAccessToken(request({ identity, ttl, grants }));
    const theirs = twilioNodeToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      identity,
      ttl,
      grants,
    });
    expect(ours.jwt).toBe(theirs);
  });

  it('matches with a non-ASCII secret, signing its UTF-8 bytes', async () => {
    const apiKeySecret = 'sécret-秘密-🔑';
    const ours = await createAccessToken(request({ apiKeySecret }));
    const theirs = twilioNodeToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret,
      identity: 'alice',
      ttl: 3600,
      grants: { video: {} },
    });
    expect(ours.jwt).toBe(theirs);
  });
});

describe('createAccessToken', () => {
  it('writes the header and payload in twilio-node key order', async () => {
    const token = await createAccessToken(request({ grants: { video: { room: 'standup' } } }));
    const iat = Math.floor(FROZEN_NOW_MS / 1000);
    const [header = '', payload = ''] = token.jwt.split('.');
    expect(Buffer.from(header, 'base64url').toString()).toBe(
      '{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}',
    );
    expect(Buffer.from(payload, 'base64url').toString()).toBe(
      `{"jti":"${API_KEY_SID}-${iat}","grants":{"identity":"alice","video":{"room":"standup"}},` +
        `"iat":${iat},"exp":${iat + 3600},"iss":"${API_KEY_SID}","sub":"${ACCOUNT_SID}"}`,
    );
    expect(token.payload).toEqual(JSON.parse(Buffer.from(payload, 'base64url').toString()));
  });

  it('verifies with jsonwebtoken and the secret', async () => {
    const token = await createAccessToken(request({ clock: Date.now }));
    const verified = jwt.verify(token.jwt, API_KEY_SECRET, { algorithms: ['HS256'] });
    expect(verified).toMatchObject({ iss: API_KEY_SID, sub: ACCOUNT_SID });
    expect(() => jwt.verify(token.jwt, 'another secret', { algorithms: ['HS256'] })).toThrow(
      'invalid signature',
    );
  });

  it('writes an empty video grant when no room is given', async () => {
    const token = await createAccessToken(request());
    expect(token.payload.grants).toEqual({ identity: 'alice', video: {} });
  });

  it('defaults the lifetime to one hour', async () => {
    const { ttl: _ignored, ...withoutTtl } = request();
    const token = await createAccessToken(withoutTtl);
    expect(token.payload.exp - token.payload.iat).toBe(3600);
  });

  it('signs a second token with a new secret correctly after a first', async () => {
    const first = await createAccessToken(request());
    const second = await createAccessToken(request({ apiKeySecret: 'other-secret' }));
    expect(() => jwt.verify(first.jwt, API_KEY_SECRET, { ignoreExpiration: true })).not.toThrow();
    expect(() => jwt.verify(second.jwt, 'other-secret', { ignoreExpiration: true })).not.toThrow();
  });

  it.each([
    ['accountSid', { accountSid: API_KEY_SID }, 'sidWrongKind'],
    ['apiKeySid', { apiKeySid: 'SK123' }, 'sidMalformed'],
    ['apiKeySecret', { apiKeySecret: '' }, 'required'],
    ['identity', { identity: 'a\u0000b' }, 'controlCharacter'],
    ['ttl', { ttl: 86_401 }, 'outOfRange'],
    ['ttl', { ttl: 1.5 }, 'notWholeNumber'],
    ['grants.video.room', { grants: { video: { room: 'r'.repeat(129) } } }, 'tooLong'],
  ] as const)('rejects a bad %s with a typed error', async (field, overrides, code) => {
    const failure = createAccessToken(request(overrides));
    await expect(failure).rejects.toBeInstanceOf(InvalidTokenInputError);
    await expect(failure).rejects.toMatchObject({ field, problem: { code } });
  });
});
