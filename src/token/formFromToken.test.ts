import { describe, expect, it } from 'vitest';
import { ACCOUNT_SID, API_KEY_SID } from '../../test/support/fixtures.ts';
import { formFromToken } from './formFromToken.ts';
import { GENERATE_FORM_DEFAULTS } from './validation/generateFormSchema.ts';

const HEADER = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
const ISSUED = 1_795_856_340;

describe('formFromToken', () => {
  it('fills every field the form holds from a twilio-node token', () => {
    const { values, leftBehind } = formFromToken(
      { ...HEADER, alg: 'HS384', twr: 'ie1' },
      {
        jti: `${API_KEY_SID}-${ISSUED}`,
        grants: {
          identity: 'alice',
          video: { room: 'standup' },
          voice: {
            incoming: { allow: true },
            outgoing: { application_sid: 'AP0', params: { To: 'bob', team: 'support' } },
          },
          player: { playbackUrl: 'https://example.com/live.m3u8' },
        },
        nbf: ISSUED - 30,
        iat: ISSUED,
        exp: ISSUED + 600,
        iss: API_KEY_SID,
        sub: ACCOUNT_SID,
      },
    );
    expect(leftBehind).toEqual([]);
    expect(values).toEqual({
      ...GENERATE_FORM_DEFAULTS,
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: '',
      identity: 'alice',
      ttl: '600',
      nbf: String(ISSUED - 30),
      region: 'ie1',
      algorithm: 'HS384',
      grants: {
        ...GENERATE_FORM_DEFAULTS.grants,
        video: { enabled: true, room: 'standup' },
        voice: {
          ...GENERATE_FORM_DEFAULTS.grants.voice,
          enabled: true,
          incomingAllow: true,
          outgoingApplicationSid: 'AP0',
          outgoingApplicationParams: 'To=bob\nteam=support',
        },
        playback: {
          enabled: true,
          grant: JSON.stringify({ playbackUrl: 'https://example.com/live.m3u8' }, null, 2),
        },
      },
    });
  });

  it('measures a twilio-python token’s lifetime from its nbf, there being no iat', () => {
    const { values, leftBehind } = formFromToken(
      { alg: 'HS256', cty: 'twilio-fpa;v=1', typ: 'JWT' },
      {
        jti: `${API_KEY_SID}-${ISSUED}`,
        grants: { video: {}, identity: 'alice' },
        iss: API_KEY_SID,
        exp: ISSUED + 3600,
        nbf: ISSUED,
        sub: ACCOUNT_SID,
      },
    );
    expect(leftBehind).toEqual([]);
    expect(values).toMatchObject({ ttl: '3600', nbf: String(ISSUED) });
  });

  it('names, before anything is switched, all it cannot hold', () => {
    const { values, leftBehind } = formFromToken(
      { alg: 'RS256', typ: 'JOSE', kid: 'k1', twr: null },
      {
        aud: 'https://example.com',
        grants: {
          identity: 42,
          ip_messaging: { service_sid: 'IS0' },
          vidoe: {},
          voice: { incoming: { allow: false }, custom: 1 },
          chat: 'everything',
        },
        exp: ISSUED + 3600,
      },
    );
    expect(leftBehind).toEqual([
      { kind: 'field', part: 'header', path: 'kid' },
      { kind: 'rewritten', path: 'typ' },
      { kind: 'rewritten', path: 'cty' },
      { kind: 'rewritten', path: 'twr' },
      { kind: 'rewritten', path: 'alg' },
      { kind: 'field', part: 'payload', path: 'aud' },
      { kind: 'lifetime' },
      { kind: 'grant', key: 'ip_messaging', replacedBy: 'chat' },
      { kind: 'grant', key: 'vidoe' },
      { kind: 'option', path: 'grants.voice.incoming.allow' },
      { kind: 'option', path: 'grants.voice.custom' },
      { kind: 'option', path: 'grants.chat' },
    ]);
    // An integer identity is text, as twilio-node writes it; the algorithm and TTL stay the form's.
    expect(values).toMatchObject({
      identity: '42',
      algorithm: 'HS256',
      ttl: GENERATE_FORM_DEFAULTS.ttl,
      region: '',
    });
    expect(values.grants.voice.enabled).toBe(true);
    expect(values.grants.voice.incomingAllow).toBe(false);
    expect(values.grants.chat.enabled).toBe(true);
  });

  it('never takes a secret, and reads __proto__ keys as data', () => {
    const payload: unknown = JSON.parse(
      '{"grants":{"__proto__":{"polluted":true},"identity":"a","video":{"__proto__":{"room":"x"}}},"exp":1,"iat":0}',
    );
    const { values, leftBehind } = formFromToken(HEADER, payload as Record<string, unknown>);
    expect(values.apiKeySecret).toBe('');
    expect(values.grants.video.room).toBe('');
    expect(leftBehind).toContainEqual({ kind: 'grant', key: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
