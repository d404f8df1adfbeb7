import { describe, expect, it } from 'vitest';
import { claimRows, MAX_CLAIM_ROWS, MAX_CLAIM_TEXT } from './claimRows.ts';
import { readJson } from './json/readJson.ts';
import type { TokenPlace } from './place.ts';
import { placeName } from '../../test/support/placeName.ts';

const named = (rows: readonly { path: string; place: TokenPlace }[]) =>
  rows.map((row) => [row.path, placeName(row.place)]);

describe('claimRows', () => {
  it('lists header fields, claims, grants and grant options in token order', () => {
    const { rows } = claimRows(
      { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      {
        jti: 'SK-1',
        grants: { identity: 'alice', video: { room: 'r' } },
        iat: 1,
        exp: 2,
        iss: 'SK',
        sub: 'AC',
      },
    );
    expect(named(rows)).toEqual([
      ['alg', 'alg'],
      ['typ', 'typ'],
      ['cty', 'cty'],
      ['jti', 'jti'],
      ['grants.identity', 'identity'],
      ['grants.video', 'video'],
      ['grants.video.room', 'video.room'],
      ['iat', 'iat'],
      ['exp', 'exp'],
      ['iss', 'iss'],
      ['sub', 'sub'],
    ]);
  });

  it('marks what it does not know instead of dropping it', () => {
    const { rows } = claimRows({ kid: 'x' }, { foo: 1, grants: { bar: {} } });
    expect(named(rows)).toEqual([
      ['kid', 'kid'],
      ['foo', 'otherClaim'],
      ['grants.bar', 'unknownGrant'],
    ]);
  });
});

describe('claimRows for every grant', () => {
  it('gives each grant and each of its options a row of its own kind', () => {
    const { rows } = claimRows(
      { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1', twr: 'ie1' },
      {
        jti: 'SK-1',
        grants: {
          identity: 'alice',
          voice: {
            incoming: { allow: true },
            outgoing: { application_sid: 'AP1', params: { to: '1' } },
            push_credential_sid: 'CR1',
            endpoint_id: 'e',
          },
          chat: {
            service_sid: 'IS1',
            endpoint_id: 'e',
            deployment_role_sid: 'RL1',
            push_credential_sid: 'CR1',
          },
          data_sync: { service_sid: 'IS1', endpoint_id: 'e' },
          task_router: { workspace_sid: 'WS1', worker_sid: 'WK1', role: 'worker' },
          player: { playbackUrl: 'x' },
          ip_messaging: { service_sid: 'IS1' },
          rtc: {},
        },
        nbf: 1,
      },
    );
    expect(named(rows)).toEqual([
      ['alg', 'alg'],
      ['typ', 'typ'],
      ['cty', 'cty'],
      ['twr', 'twr'],
      ['jti', 'jti'],
      ['grants.identity', 'identity'],
      ['grants.voice', 'voice'],
      ['grants.voice.incoming', 'voice.incomingAllow:group'],
      ['grants.voice.incoming.allow', 'voice.incomingAllow'],
      ['grants.voice.outgoing', 'voice.outgoingApplicationSid:group'],
      ['grants.voice.outgoing.application_sid', 'voice.outgoingApplicationSid'],
      ['grants.voice.outgoing.params', 'voice.outgoingApplicationParams'],
      ['grants.voice.push_credential_sid', 'voice.pushCredentialSid'],
      ['grants.voice.endpoint_id', 'voice.endpointId'],
      ['grants.chat', 'chat'],
      ['grants.chat.service_sid', 'chat.serviceSid'],
      ['grants.chat.endpoint_id', 'chat.endpointId'],
      ['grants.chat.deployment_role_sid', 'chat.deploymentRoleSid'],
      ['grants.chat.push_credential_sid', 'chat.pushCredentialSid'],
      ['grants.data_sync', 'sync'],
      ['grants.data_sync.service_sid', 'sync.serviceSid'],
      ['grants.data_sync.endpoint_id', 'sync.endpointId'],
      ['grants.task_router', 'taskRouter'],
      ['grants.task_router.workspace_sid', 'taskRouter.workspaceSid'],
      ['grants.task_router.worker_sid', 'taskRouter.workerSid'],
      ['grants.task_router.role', 'taskRouter.role'],
      ['grants.player', 'playback'],
      ['grants.ip_messaging', 'ip_messaging'],
      ['grants.rtc', 'rtc'],
      ['nbf', 'nbf'],
    ]);
    // A grant whose options follow as rows does not repeat them as its value; Playback's
    // content, copied in whole, is its only row.
    expect(rows.filter((row) => row.detailed).map((row) => row.path)).toEqual([
      'grants.voice',
      'grants.chat',
      'grants.data_sync',
      'grants.task_router',
    ]);
  });

  it('does not mistake a grant option named like a claim for one', () => {
    const { rows } = claimRows({}, { grants: { video: { exp: 1 }, exp: 2 } });
    expect(named(rows)).toEqual([
      ['grants.video', 'video'],
      ['grants.video.exp', 'otherGrantField'],
      ['grants.exp', 'unknownGrant'],
    ]);
  });
});

describe('claimRows on what a hostile token holds', () => {
  it('gives display text, never the value: strings as written, the rest as JSON', () => {
    const { rows } = claimRows(
      { alg: { toString: 'HS256' }, typ: 'JWT', twr: ['ie1'] },
      { iat: 1_700_000_000, exp: '1700003600', nbf: 1e300, grants: { video: { room: 'r' } } },
    );
    expect(rows.map(({ path, text }) => [path, text])).toEqual([
      ['alg', '{"toString":"HS256"}'],
      ['typ', 'JWT'],
      ['twr', '["ie1"]'],
      ['iat', '1700000000'],
      ['exp', '1700003600'],
      ['nbf', '1e+300'],
      ['grants.video', '{"room":"r"}'],
      ['grants.video.room', 'r'],
    ]);
    // Only a number a date can hold is a time.
    expect(rows.map((row) => row.time)).toEqual([
      ...Array<undefined>(3),
      1_700_000_000,
      ...Array<undefined>(4),
    ]);
    expect(rows.find((row) => row.path === 'grants.video')?.options).toEqual(['room']);
  });

  it('shows invisible and bidi characters in paths and values, and cuts long ones', () => {
    const { rows } = claimRows({}, { 'a\u202eb': `x\u200b${'y'.repeat(1000)}` });
    expect(rows[0]?.path).toBe('a\\u202Eb');
    expect(rows[0]?.text.startsWith('x\\u200By')).toBe(true);
    expect(rows[0]?.text.length).toBeLessThanOrEqual(MAX_CLAIM_TEXT + 10);
    expect(rows[0]?.text.endsWith('…')).toBe(true);
  });

  it('stops at a bounded number of rows and counts the rest', () => {
    const grants = Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${String(i)}`, {}]));
    const { rows, omitted } = claimRows({ alg: 'HS256' }, { grants });
    expect(rows).toHaveLength(MAX_CLAIM_ROWS);
    expect(omitted).toBe(701 - MAX_CLAIM_ROWS);
  });

  it('shows nesting beyond any depth without recursing', () => {
    const reading = readJson(`{"deep":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    if (!reading.ok) throw new Error('the nesting is valid JSON');
    const { rows } = claimRows({}, reading.value as Record<string, unknown>);
    // The reader kept 100 levels, the payload being the first, and elided the rest.
    expect(rows[0]?.text).toBe(`${'['.repeat(99)}[…]${']'.repeat(99)}`);
  });
});
