import { describe, expect, it } from 'vitest';
import { SIDS } from '../../../test/corpus/tokenFactory.ts';
import type { Finding, FindingCode } from './findings.ts';
import { ACCOUNT_SID } from '../../../test/support/fixtures.ts';
import { checkGrants } from './checkGrants.ts';

const codes = (findings: readonly Finding[]) => findings.map((item) => item.code);
const only = <C extends FindingCode>(findings: readonly Finding[], code: C) => {
  expect(codes(findings)).toEqual([code]);
  return findings[0] as Extract<Finding, { code: C }>;
};

const grantFindings = (grants: unknown) => checkGrants({ grants });

describe('checkGrants', () => {
  it('wants a grants object', () => {
    expect(only(grantFindings(undefined), 'grantsMissing').params).toEqual({ found: 'absent' });
    expect(only(grantFindings('video'), 'grantsMissing').params).toEqual({ found: 'notObject' });
    expect(only(grantFindings(null), 'grantsMissing').params).toEqual({ found: 'notObject' });
  });

  it('warns of a token that grants nothing', () => {
    expect(only(grantFindings({ identity: 'alice' }), 'noGrant').severity).toBe('warning');
  });

  it('names the grants that need the missing identity', () => {
    const found = only(
      grantFindings({ video: {}, task_router: {}, chat: {}, player: {} }),
      'identityMissing',
    );
    expect(found.params).toEqual({ found: 'absent', neededBy: ['video', 'chat'] });
    expect(grantFindings({ task_router: { worker_sid: SIDS.WK } })).toEqual([]);
    expect(grantFindings({ player: {} })).toEqual([]);
    expect(only(grantFindings({ identity: 7, voice: {} }), 'identityMissing').params.found).toBe(
      'notString',
    );
  });

  it.each([
    ['video', { room: ACCOUNT_SID }, 'room', 'RM', { kind: 'wrongKind', found: 'AC' }],
    ['video', { room: 12 }, 'room', 'RM', { kind: 'notString' }],
    [
      'voice',
      { outgoing: { application_sid: SIDS.CR } },
      'outgoing.application_sid',
      'AP',
      { kind: 'wrongKind', found: 'CR' },
    ],
    ['voice', { outgoing: {} }, 'outgoing.application_sid', 'AP', { kind: 'missing' }],
    ['voice', { push_credential_sid: 'CR1' }, 'push_credential_sid', 'CR', { kind: 'malformed' }],
    ['chat', { service_sid: SIDS.MG }, 'service_sid', 'IS', { kind: 'wrongKind', found: 'MG' }],
    [
      'chat',
      { deployment_role_sid: SIDS.IS },
      'deployment_role_sid',
      'RL',
      { kind: 'wrongKind', found: 'IS' },
    ],
    [
      'chat',
      { push_credential_sid: SIDS.AP },
      'push_credential_sid',
      'CR',
      { kind: 'wrongKind', found: 'AP' },
    ],
    ['data_sync', { service_sid: 'default' }, 'service_sid', 'IS', { kind: 'malformed' }],
    [
      'task_router',
      { workspace_sid: SIDS.WK },
      'workspace_sid',
      'WS',
      { kind: 'wrongKind', found: 'WK' },
    ],
    [
      'task_router',
      { worker_sid: SIDS.WS },
      'worker_sid',
      'WK',
      { kind: 'wrongKind', found: 'WS' },
    ],
  ] as const)('%s %j', (grant, value, field, expected, issue) => {
    const found = only(grantFindings({ identity: 'alice', [grant]: value }), 'grantSidInvalid');
    expect(found.params).toEqual({ grant, field, expected, issue });
  });

  it('takes any room name, and a room SID', () => {
    for (const room of [
      'daily-standup',
      'AC-room',
      '会議室',
      'RM00112233445566778899aabbccddeeff',
    ]) {
      expect(grantFindings({ identity: 'alice', video: { room } })).toEqual([]);
    }
  });

  it('wants grants and their nested parts to be objects', () => {
    const found = only(
      grantFindings({ identity: 'a', voice: { outgoing: 'AP' } }),
      'grantNotObject',
    );
    expect(found.params).toEqual({ grant: 'voice', path: 'outgoing' });
    expect(only(grantFindings({ identity: 'a', chat: [] }), 'grantNotObject').params).toEqual({
      grant: 'chat',
    });
  });

  it('warns of unknown grants and names legacy ones with their successor', () => {
    const unknown = only(grantFindings({ identity: 'a', sync: {} }), 'unknownGrant');
    expect(unknown).toMatchObject({ severity: 'warning', params: { names: ['sync'], total: 1 } });
    const legacy = only(grantFindings({ identity: 'a', ip_messaging: {} }), 'legacyGrant');
    expect(legacy.params).toEqual({ grant: 'ip_messaging', replacement: 'chat' });
    const chatFields = grantFindings({ identity: 'a', ip_messaging: { service_sid: SIDS.CH } });
    expect(codes(chatFields)).toEqual(['legacyGrant', 'grantSidInvalid']);
  });

  it('groups unknown grants into one finding, naming the first ten', () => {
    const many = Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${String(i)}`, {}]));
    const findings = checkGrants({ grants: { identity: 'a', video: {}, ...many, chat: 1 } });
    expect(codes(findings)).toEqual(['grantNotObject', 'unknownGrant']);
    expect(findings[1]?.params).toEqual({
      names: ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'],
      total: 700,
    });
  });

  it('names unknown grants safely: cut short, invisible characters shown', () => {
    const found = only(
      grantFindings({ identity: 'a', [`x\u202e${'y'.repeat(200)}`]: {} }),
      'unknownGrant',
    );
    expect(found.params.names).toEqual([`x\\u202E${'y'.repeat(78)}…`]);
  });

  it('is not fooled by a grant named __proto__', () => {
    // JSON.parse makes it an own member, not the prototype.
    const payload = JSON.parse(
      '{"grants":{"__proto__":{"video":1},"identity":"alice","video":{}}}',
    ) as Record<string, unknown>;
    expect(codes(checkGrants(payload))).toEqual(['unknownGrant']);
  });
});
