import { sidPrefixOf, type SidPrefix } from '../sid.ts';
import {
  finding,
  LEGACY_GRANTS,
  type Finding,
  type KnownGrantKey,
  type LegacyGrantKey,
  type SidIssue,
} from './findings.ts';
import { nameList } from './nameList.ts';
import { sidIssue } from './sidIssue.ts';

type CheckedGrantKey = KnownGrantKey | LegacyGrantKey;

/** The SIDs a grant may hold, by dotted path inside it. All optional unless said otherwise. */
const SID_FIELDS: Record<CheckedGrantKey, readonly (readonly [string, SidPrefix])[]> = {
  video: [],
  voice: [['push_credential_sid', 'CR']],
  chat: [
    ['service_sid', 'IS'],
    ['deployment_role_sid', 'RL'],
    ['push_credential_sid', 'CR'],
  ],
  // Chat's old key, read with Chat's fields.
  ip_messaging: [
    ['service_sid', 'IS'],
    ['deployment_role_sid', 'RL'],
    ['push_credential_sid', 'CR'],
  ],
  data_sync: [['service_sid', 'IS']],
  task_router: [
    ['workspace_sid', 'WS'],
    ['worker_sid', 'WK'],
  ],
  player: [],
  rtc: [],
};

/**
 * Grants whose service knows a user by `grants.identity`. TaskRouter knows a worker by its
 * `worker_sid` and Twilio Live's player serves anonymous viewers, so those two need none.
 */
const NEEDS_IDENTITY: ReadonlySet<string> = new Set<CheckedGrantKey>([
  'video',
  'voice',
  'chat',
  'data_sync',
  'ip_messaging',
  'rtc',
]);

const KNOWN_GRANTS: ReadonlySet<string> = new Set(Object.keys(SID_FIELDS));

/**
 * Checks `grants` (Twilio error 20106): that it is there, that the identity is there when a grant
 * needs it, that each SID is of the right kind, and that every key is one Twilio reads.
 *
 * @example
 * ```ts
 * checkGrants({ grants: { voice: { outgoing: { application_sid: 'CR…' } } } });
 * // identityMissing, then grantSidInvalid { grant: 'voice', field: 'outgoing.application_sid',
 * //   expected: 'AP', issue: { kind: 'wrongKind', found: 'CR' } }
 * ```
 */
export function checkGrants(payload: Record<string, unknown>): Finding[] {
  const { grants } = payload;
  if (grants === undefined) return [finding('grantsMissing', { found: 'absent' })];
  if (!isObject(grants)) return [finding('grantsMissing', { found: 'notObject' })];

  const findings: Finding[] = [];
  const keys = Object.keys(grants).filter((key) => key !== 'identity');
  if (keys.length === 0) findings.push(finding('noGrant', {}));
  const neededBy = keys.filter((key) => NEEDS_IDENTITY.has(key));
  const { identity } = grants;
  if (neededBy.length > 0 && (typeof identity !== 'string' || identity === '')) {
    const found = identity === undefined ? 'absent' : identity === '' ? 'empty' : 'notString';
    findings.push(finding('identityMissing', { found, neededBy }));
  }
  const unknown: string[] = [];
  for (const key of keys) {
    if (isCheckedGrant(key)) findings.push(...checkGrant(key, grants[key]));
    else unknown.push(key);
  }
  // One finding for all of them: a token can hold thousands.
  if (unknown.length > 0) findings.push(finding('unknownGrant', nameList(unknown)));
  return findings;
}

function checkGrant(key: CheckedGrantKey, grant: unknown): Finding[] {
  const findings: Finding[] = [];
  if (isLegacyGrant(key)) {
    findings.push(finding('legacyGrant', { grant: key, replacement: LEGACY_GRANTS[key] }));
  }
  if (!isObject(grant)) return [...findings, finding('grantNotObject', { grant: key })];

  for (const [field, expected] of SID_FIELDS[key]) {
    const value = grant[field];
    const issue = value === undefined ? undefined : sidIssue(value, expected);
    if (issue) findings.push(finding('grantSidInvalid', { grant: key, field, expected, issue }));
  }
  if (key === 'video') findings.push(...checkRoom(grant.room));
  if (key === 'voice') findings.push(...checkVoice(grant));
  return findings;
}

/** A room is any unique name or an RM SID; only a SID of another kind is surely a mistake. */
function checkRoom(room: unknown): Finding[] {
  if (room === undefined) return [];
  const found = typeof room === 'string' ? sidPrefixOf(room) : undefined;
  const issue: SidIssue | undefined =
    typeof room !== 'string'
      ? { kind: 'notString' }
      : found !== undefined && found !== 'RM'
        ? { kind: 'wrongKind', found }
        : undefined;
  return issue
    ? [finding('grantSidInvalid', { grant: 'video', field: 'room', expected: 'RM', issue })]
    : [];
}

/** The parts of a voice grant twilio-node writes as objects, and the SID `outgoing` needs. */
function checkVoice(grant: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const { incoming, outgoing } = grant;
  if (incoming !== undefined && !isObject(incoming)) {
    findings.push(finding('grantNotObject', { grant: 'voice', path: 'incoming' }));
  }
  if (outgoing === undefined) return findings;
  if (!isObject(outgoing)) {
    return [...findings, finding('grantNotObject', { grant: 'voice', path: 'outgoing' })];
  }
  // Outgoing calls go to this TwiML App; without it the grant cannot place any.
  const issue = sidIssue(outgoing.application_sid, 'AP');
  if (issue) {
    findings.push(
      finding('grantSidInvalid', {
        grant: 'voice',
        field: 'outgoing.application_sid',
        expected: 'AP',
        issue,
      }),
    );
  }
  if (outgoing.params !== undefined && !isObject(outgoing.params)) {
    findings.push(finding('grantNotObject', { grant: 'voice', path: 'outgoing.params' }));
  }
  return findings;
}

function isCheckedGrant(key: string): key is CheckedGrantKey {
  return KNOWN_GRANTS.has(key);
}

function isLegacyGrant(key: string): key is LegacyGrantKey {
  return Object.hasOwn(LEGACY_GRANTS, key);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
