import { describe, expect, it } from 'vitest';
import { claimRows } from './claimRows.ts';

describe('claimRows', () => {
  it('lists header fields, claims, grants and grant options in token order', () => {
    const rows = claimRows(
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
    expect(rows.map((row) => [row.path, row.kind])).toEqual([
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
    const rows = claimRows({ kid: 'x' }, { foo: 1, grants: { bar: {} } });
    expect(rows.map((row) => [row.path, row.kind])).toEqual([
      ['kid', 'unknown'],
      ['foo', 'unknown'],
      ['grants.bar', 'unknown'],
    ]);
  });
});

describe('claimRows for every grant', () => {
  it('gives each grant and each of its options a row of its own kind', () => {
    const rows = claimRows(
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
    const kinds = rows.map((row) => row.kind);
    expect(kinds).not.toContain('unknown');
    expect(kinds).toEqual([
      'alg',
      'typ',
      'cty',
      'twr',
      'jti',
      'identity',
      'voice',
      'voice.incoming',
      'voice.outgoing.application_sid',
      'voice.outgoing.params',
      'voice.push_credential_sid',
      'voice.endpoint_id',
      'chat',
      'chat.service_sid',
      'chat.endpoint_id',
      'chat.deployment_role_sid',
      'chat.push_credential_sid',
      'data_sync',
      'data_sync.service_sid',
      'data_sync.endpoint_id',
      'task_router',
      'task_router.workspace_sid',
      'task_router.worker_sid',
      'task_router.role',
      'player',
      'ip_messaging',
      'rtc',
      'nbf',
    ]);
  });

  it('does not mistake a grant option named like a claim for one', () => {
    const rows = claimRows({}, { grants: { video: { exp: 1 }, exp: 2 } });
    expect(rows.map((row) => [row.path, row.kind])).toEqual([
      ['grants.video', 'video'],
      ['grants.video.exp', 'unknown'],
      ['grants.exp', 'unknown'],
    ]);
  });
});
