import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import {
  hmacJws,
  hmacJwsOfText,
  ISSUED,
  NOW,
  TWILIO_NODE_HEADER,
  twilioNodePayload,
} from '../../../test/corpus/tokenFactory.ts';
import { twilioNodeToken } from '../../../test/corpus/twilioNodeToken.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';
import { createAccessToken } from '../createAccessToken.ts';
import { compareTokens } from './compareTokens.ts';
import type { Difference } from './differences.ts';
import { placeName } from '../../../test/support/placeName.ts';

const { AccessToken } = twilio.jwt;
const compare = (first: string, second: string) => compareTokens(first, second, { now: NOW });

/** A difference as a line to read: path, both values, place and consequence code. */
const line = (item: Difference) =>
  [
    item.path,
    item.first.present ? item.first.text : 'absent',
    item.second.present ? item.second.text : 'absent',
    placeName(item.place),
    item.consequence?.code ?? '-',
  ].join(' | ');
const lines = (first: string, second: string) => compare(first, second).differences.items.map(line);

const ROOM = { kind: 'option', grant: 'video', option: 'room', part: 'whole' } as const;

const video = (room?: string) => new AccessToken.VideoGrant(room === undefined ? {} : { room });

describe('compareTokens', () => {
  it('calls our token and twilio-node’s for the same request identical', async () => {
    const { jwt } = await createAccessToken({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: API_KEY_SECRET,
      identity: 'alice',
      ttl: 3600,
      grants: { video: { room: 'daily-standup' } },
      clock: () => ISSUED * 1000,
    });
    const official = twilioNodeToken([video('daily-standup')]);
    const comparison = compare(jwt, official);
    expect(comparison.verdict).toEqual({ kind: 'identical' });
    expect(comparison.differences).toEqual({ items: [], total: 0 });
    expect(comparison.first.diagnosis.findings).toEqual([]);
  });

  it('sees through the wrappings the inspector removes: quotes, Bearer, line breaks', () => {
    const token = twilioNodeToken([video()]);
    const wrapped = `"Bearer ${token.slice(0, 50)}\n${token.slice(50)}"`;
    expect(compare(wrapped, ` ${token}\n`).verdict).toEqual({ kind: 'identical' });
  });

  it('names each difference of two twilio-node tokens for other rooms and TTLs', () => {
    const first = twilioNodeToken([video('daily-standup')], { ttl: 3600 });
    const second = twilioNodeToken([video('retro')], { ttl: 86_400, identity: 'bob' });
    const comparison = compare(first, second);
    expect(comparison.verdict).toEqual({ kind: 'different', rewritten: [], beyondDepth: [] });
    expect(comparison.differences.total).toBe(3);
    expect(comparison.differences.items).toEqual([
      {
        part: 'payload',
        path: 'grants.identity',
        place: { kind: 'identity' },
        first: { present: true, text: '"alice"', kind: 'string' },
        second: { present: true, text: '"bob"', kind: 'string' },
        consequence: { code: 'differs', params: { place: { kind: 'identity' } } },
      },
      {
        part: 'payload',
        path: 'grants.video.room',
        place: ROOM,
        first: { present: true, text: '"daily-standup"', kind: 'string' },
        second: { present: true, text: '"retro"', kind: 'string' },
        consequence: { code: 'differs', params: { place: ROOM } },
      },
      {
        part: 'payload',
        path: 'exp',
        place: { kind: 'claim', claim: 'exp' },
        first: { present: true, text: String(ISSUED + 3600), kind: 'number', time: ISSUED + 3600 },
        second: {
          present: true,
          text: String(ISSUED + 86_400),
          kind: 'number',
          time: ISSUED + 86_400,
        },
        consequence: {
          code: 'lifetimes',
          params: {
            first: { seconds: 3600, from: 'iat' },
            second: { seconds: 86_400, from: 'iat' },
          },
        },
      },
    ]);
    expect(comparison.second.times).toEqual({
      issuedAt: ISSUED,
      expiresAt: ISSUED + 86_400,
      lifetime: { seconds: 86_400, from: 'iat' },
      validFrom: { kind: 'atOnce' },
      status: { state: 'valid', secondsLeft: 86_400 - 60 },
    });
  });

  it('tells a room given on one side only, and a grant on one side only', () => {
    const first = twilioNodeToken([video('daily-standup')]);
    const second = twilioNodeToken([
      video(),
      new AccessToken.SyncGrant({ serviceSid: 'IS00000000000000000000000000000003' }),
    ]);
    expect(lines(first, second)).toEqual([
      'grants.video.room | "daily-standup" | absent | video.room | optionOnOneSide',
      'grants.data_sync | absent | {"service_sid":"IS00000000000000000000000000000003"} | sync | grantOnOneSide',
    ]);
    const [room, sync] = compare(first, second).differences.items;
    expect(room?.consequence).toEqual({
      code: 'optionOnOneSide',
      params: { place: ROOM, side: 'first' },
    });
    expect(sync?.consequence).toEqual({ code: 'grantOnOneSide', params: { side: 'second' } });
  });

  it('names voice options down to one outgoing parameter', () => {
    const voice = (to: string, incomingAllow: boolean) =>
      new AccessToken.VoiceGrant({
        incomingAllow,
        outgoingApplicationSid: 'AP00000000000000000000000000000001',
        outgoingApplicationParams: { To: to, team: 'support' },
      });
    const first = twilioNodeToken([voice('+15551234567', true)]);
    const second = twilioNodeToken([voice('+15557654321', false)]);
    expect(lines(first, second)).toEqual([
      'grants.voice.incoming | {"allow":true} | absent | voice.incomingAllow:group | optionOnOneSide',
      'grants.voice.outgoing.params.To | "+15551234567" | "+15557654321" | voice.outgoingApplicationParams:member | differs',
    ]);
  });

  it('says when the same header and payload carry another signature', () => {
    const official = twilioNodeToken([video('daily-standup')]);
    // The claims as twilio-node writes them, signed with another secret.
    const resigned = hmacJws(TWILIO_NODE_HEADER, twilioNodePayload(), { secret: 'another secret' });
    expect(resigned.split('.').slice(0, 2)).toEqual(official.split('.').slice(0, 2));
    expect(compare(official, resigned).verdict).toEqual({ kind: 'signatureOnly' });
    expect(compare(official, resigned).differences).toEqual({ items: [], total: 0 });
  });

  it('says when the same fields are written in another order', () => {
    const official = twilioNodeToken([video('daily-standup')]);
    const { iss, sub, ...rest } = twilioNodePayload();
    const reordered = hmacJws(
      { cty: 'twilio-fpa;v=1', alg: 'HS256', typ: 'JWT' },
      {
        sub,
        iss,
        ...rest,
      },
    );
    const comparison = compare(official, reordered);
    expect(comparison.verdict).toEqual({ kind: 'sameContent', rewritten: ['header', 'payload'] });
    expect(comparison.differences.items).toEqual([]);
  });

  it('explains twilio-python’s shape beside twilio-node’s: nbf instead of iat', () => {
    const voice = new AccessToken.VoiceGrant({
      outgoingApplicationSid: 'AP00000000000000000000000000000001',
    });
    const node = twilioNodeToken([voice]);
    // As twilio-python 7 writes it: header keys sorted, grants before identity, nbf, no iat.
    const python = hmacJws(
      { alg: 'HS256', cty: 'twilio-fpa;v=1', typ: 'JWT' },
      {
        jti: `${API_KEY_SID}-${ISSUED}`,
        grants: {
          voice: { outgoing: { application_sid: 'AP00000000000000000000000000000001' } },
          identity: 'alice',
        },
        iss: API_KEY_SID,
        exp: ISSUED + 3600,
        nbf: ISSUED,
        sub: ACCOUNT_SID,
      },
    );
    const comparison = compare(node, python);
    expect(comparison.verdict).toEqual({
      kind: 'different',
      rewritten: ['header'],
      beyondDepth: [],
    });
    expect(comparison.differences.items.map(line)).toEqual([
      `iat | ${ISSUED} | absent | iat | issuedAtOnOneSide`,
      `nbf | absent | ${ISSUED} | nbf | validFrom`,
    ]);
    expect(comparison.differences.items.map((item) => item.consequence)).toEqual([
      { code: 'issuedAtOnOneSide', params: { side: 'first' } },
      {
        code: 'validFrom',
        params: { first: { kind: 'atOnce' }, second: { kind: 'noIssueTime' } },
      },
    ]);
    expect(comparison.second.diagnosis.findings).toEqual([]);
  });

  it('finds iss and sub swapped, as when AccessToken(account, key, …) gets its SIDs the wrong way round', () => {
    const good = twilioNodeToken([video()]);
    const swapped = new AccessToken(API_KEY_SID, ACCOUNT_SID, API_KEY_SECRET, {
      identity: 'alice',
      ttl: 3600,
    });
    swapped.addGrant(video());
    const realNow = Date.now;
    Date.now = () => ISSUED * 1000;
    let bad: string;
    try {
      bad = swapped.toJwt();
    } finally {
      Date.now = realNow;
    }
    const comparison = compare(good, bad);
    expect(comparison.differences.items.map(line)).toEqual([
      `iss | "${API_KEY_SID}" | "${ACCOUNT_SID}" | iss | issuerSubjectSwapped`,
      `sub | "${ACCOUNT_SID}" | "${API_KEY_SID}" | sub | issuerSubjectSwapped`,
      `jti | "${API_KEY_SID}-${ISSUED}" | "${ACCOUNT_SID}-${ISSUED}" | jti | differs`,
    ]);
    expect(comparison.second.diagnosis.findings.map((item) => item.code)).toEqual([
      'issuerInvalid',
      'subjectInvalid',
    ]);
  });

  it('tells a grant written in another shape', () => {
    const good = twilioNodeToken([
      new AccessToken.VoiceGrant({
        incomingAllow: true,
        outgoingApplicationSid: 'AP00000000000000000000000000000001',
      }),
    ]);
    const handMade = hmacJws(
      TWILIO_NODE_HEADER,
      twilioNodePayload({
        grants: {
          identity: 'alice',
          voice: { incoming: true, outgoing: 'AP00000000000000000000000000000001' },
        },
      }),
    );
    const comparison = compare(good, handMade);
    expect(comparison.differences.items.map(line)).toEqual([
      'grants.voice.incoming | {"allow":true} | true | voice.incomingAllow:group | otherShape',
      'grants.voice.outgoing | {"application_sid":"AP00000000000000000000000000000001"} | "AP00000000000000000000000000000001" | voice.outgoingApplicationSid:group | otherShape',
    ]);
    expect(comparison.differences.items[0]?.consequence).toEqual({
      code: 'otherShape',
      params: { first: 'object', second: 'boolean' },
    });
    // Written that way, the grant can neither place calls nor receive them.
    expect(comparison.second.diagnosis.findings.map((item) => item.code)).toEqual([
      'grantNotObject',
      'grantNotObject',
      'voiceCannotCall',
    ]);
  });

  it('compares header fields: algorithm, region, and a field Twilio does not read', () => {
    const first = twilioNodeToken([video()]);
    const second = twilioNodeToken([video()], { algorithm: 'HS384', region: 'ie1' });
    const withKid = hmacJws({ ...TWILIO_NODE_HEADER, kid: 'k1' }, twilioNodePayload());
    expect(lines(first, second)).toEqual([
      'alg | "HS256" | "HS384" | alg | differs',
      'twr | absent | "ie1" | twr | differs',
    ]);
    expect(lines(twilioNodeToken([video('daily-standup')]), withKid)).toEqual([
      'kid | absent | "k1" | kid | notReadByTwilio',
    ]);
  });

  it('compares validity windows as offsets from issue, and says which token is expired now', () => {
    const later = hmacJws(TWILIO_NODE_HEADER, twilioNodePayload({ nbf: ISSUED + 600 }));
    const expired = hmacJws(
      TWILIO_NODE_HEADER,
      twilioNodePayload({ iat: NOW - 7200, exp: NOW - 3600 }),
    );
    const official = twilioNodeToken([video('daily-standup')]);
    expect(compare(official, later).differences.items.map((item) => item.consequence)).toEqual([
      {
        code: 'validFrom',
        params: { first: { kind: 'atOnce' }, second: { kind: 'afterIssue', seconds: 600 } },
      },
    ]);
    const comparison = compare(official, expired);
    expect(comparison.differences.items.map(line)).toEqual([
      `iat | ${ISSUED} | ${NOW - 7200} | iat | issuedApart`,
      `exp | ${ISSUED + 3600} | ${NOW - 3600} | exp | sameLifetime`,
    ]);
    expect(comparison.differences.items.map((item) => item.consequence?.params)).toEqual([
      { seconds: NOW - 7200 - ISSUED },
      { lifetime: { seconds: 3600, from: 'iat' } },
    ]);
    expect(comparison.second.times?.status).toEqual({ state: 'expired', secondsAgo: 3600 });
    expect(comparison.second.diagnosis.findings.map((item) => item.code)).toEqual(['expired']);
  });

  it('waits for both tokens, and says which side cannot be read', () => {
    const token = twilioNodeToken([video()]);
    expect(compare(token, '  ').verdict).toEqual({ kind: 'incomplete' });
    expect(compare('', token).first.diagnosis.findings.map((item) => item.code)).toEqual(['empty']);
    const broken = compare('not-a-token', token);
    expect(broken.verdict).toEqual({ kind: 'unreadable', sides: ['first'] });
    expect(broken.first.diagnosis.findings.map((item) => item.code)).toEqual(['notJwt']);
    expect(broken.first.times).toBeUndefined();
    expect(compare('a'.repeat(20_000), 'a'.repeat(20_000)).verdict).toEqual({
      kind: 'unreadable',
      sides: ['first', 'second'],
    });
    expect(compare('garbage', '"garbage"').verdict).toEqual({ kind: 'identical' });
  });

  it('reads an unsigned token (alg none) and compares its content', () => {
    const [header = '', payload = ''] = twilioNodeToken([video('daily-standup')]).split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT","cty":"twilio-fpa;v=1"}').toString('base64url')}.${payload}.`;
    expect(header).not.toBe('');
    expect(lines(twilioNodeToken([video('daily-standup')]), none)).toEqual([
      'alg | "HS256" | "none" | alg | differs',
    ]);
  });

  it('does not vouch for content deeper than the reader keeps', () => {
    const deep = (leaf: string) =>
      hmacJwsOfText(
        JSON.stringify(TWILIO_NODE_HEADER),
        JSON.stringify(twilioNodePayload()).replace(
          /}$/,
          `,"deep":${'['.repeat(120)}"${leaf}"${']'.repeat(120)}}`,
        ),
      );
    const comparison = compare(deep('a'), deep('b'));
    expect(comparison.verdict).toEqual({
      kind: 'different',
      rewritten: [],
      beyondDepth: ['payload'],
    });
    expect(comparison.differences.items).toEqual([]);
  });
});
