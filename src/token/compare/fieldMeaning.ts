import { LEGACY_GRANTS, type KnownGrantKey, type LegacyGrantKey } from '../diagnose/findings.ts';

/**
 * What a field of a Twilio Access Token is for, found by its path: the header's members, the
 * payload's claims, and each grant's options. The UI words each code; unknown fields get the
 * `other…` codes, so every path has a meaning.
 *
 * @example
 * ```ts
 * fieldMeaning('payload', ['grants', 'video', 'room']); // { meaning: 'room', grant: 'video' }
 * fieldMeaning('header', ['twr']); // { meaning: 'region' }
 * ```
 */

export type HeaderMeaning =
  'algorithm' | 'type' | 'contentType' | 'region' | 'keyId' | 'critical' | 'otherHeader';

export type ClaimMeaning =
  | 'tokenId'
  | 'issuer'
  | 'subject'
  | 'issuedAt'
  | 'notBefore'
  | 'expiry'
  | 'grants'
  | 'identity'
  | 'otherClaim';

export type GrantMeaning =
  /** The grant as a whole. */
  | 'grant'
  | 'room'
  | 'incoming'
  | 'outgoing'
  | 'application'
  | 'callParams'
  | 'callParam'
  | 'pushCredential'
  | 'endpoint'
  | 'service'
  | 'deploymentRole'
  | 'workspace'
  | 'worker'
  | 'workerRole'
  | 'playback'
  | 'otherGrantField';

export type FieldMeaningCode = HeaderMeaning | ClaimMeaning | GrantMeaning;

/** The grant a field belongs to: one Twilio reads, one old libraries wrote, or another key. */
export type GrantKind = KnownGrantKey | LegacyGrantKey | 'unknown';

export interface FieldMeaning {
  readonly meaning: FieldMeaningCode;
  /** Present for a path under `grants.<key>`. */
  readonly grant?: GrantKind;
}

const HEADER: Readonly<Record<string, HeaderMeaning>> = {
  alg: 'algorithm',
  typ: 'type',
  cty: 'contentType',
  twr: 'region',
  kid: 'keyId',
  crit: 'critical',
};

const CLAIMS: Readonly<Record<string, ClaimMeaning>> = {
  jti: 'tokenId',
  iss: 'issuer',
  sub: 'subject',
  iat: 'issuedAt',
  nbf: 'notBefore',
  exp: 'expiry',
  grants: 'grants',
};

const CHAT_FIELDS: Readonly<Record<string, GrantMeaning>> = {
  service_sid: 'service',
  deployment_role_sid: 'deploymentRole',
  push_credential_sid: 'pushCredential',
  endpoint_id: 'endpoint',
};

/** Each known grant's options by their dotted path inside the grant. */
const GRANT_FIELDS: Readonly<Record<GrantKind, Readonly<Record<string, GrantMeaning>>>> = {
  video: { room: 'room' },
  voice: {
    incoming: 'incoming',
    'incoming.allow': 'incoming',
    outgoing: 'outgoing',
    'outgoing.application_sid': 'application',
    'outgoing.params': 'callParams',
    push_credential_sid: 'pushCredential',
    endpoint_id: 'endpoint',
  },
  chat: CHAT_FIELDS,
  ip_messaging: CHAT_FIELDS,
  data_sync: { service_sid: 'service', endpoint_id: 'endpoint' },
  task_router: { workspace_sid: 'workspace', worker_sid: 'worker', role: 'workerRole' },
  player: {},
  rtc: {},
  unknown: {},
};

const GRANT_KINDS: ReadonlySet<string> = new Set(Object.keys(GRANT_FIELDS));

/** The meaning of the field at `path` (raw keys, outermost first) in the header or payload. */
export function fieldMeaning(part: 'header' | 'payload', path: readonly string[]): FieldMeaning {
  const [top = '', grantKey, ...inside] = path;
  if (part === 'header') {
    return { meaning: path.length === 1 ? (lookup(HEADER, top) ?? 'otherHeader') : 'otherHeader' };
  }
  if (path.length === 1) return { meaning: lookup(CLAIMS, top) ?? 'otherClaim' };
  if (top !== 'grants' || grantKey === undefined) return { meaning: 'otherClaim' };
  if (path.length === 2 && grantKey === 'identity') return { meaning: 'identity' };
  const grant = grantKindOf(grantKey);
  if (inside.length === 0) return { meaning: 'grant', grant };
  return { meaning: grantFieldMeaning(grant, inside), grant };
}

export function grantKindOf(key: string): GrantKind {
  return key !== 'unknown' && GRANT_KINDS.has(key) ? (key as GrantKind) : 'unknown';
}

export function isLegacyGrant(grant: GrantKind): grant is LegacyGrantKey {
  return Object.hasOwn(LEGACY_GRANTS, grant);
}

function grantFieldMeaning(grant: GrantKind, inside: readonly string[]): GrantMeaning {
  // Twilio Live's grant is copied whole from Twilio's API: its members are not ours to name.
  if (grant === 'player') return 'playback';
  if (grant === 'voice' && inside.length === 3 && inside[0] === 'outgoing') {
    if (inside[1] === 'params') return 'callParam';
  }
  // A key with a dot in it is no option of ours, whatever the joined path spells.
  if (inside.some((key) => key.includes('.'))) return 'otherGrantField';
  return lookup(GRANT_FIELDS[grant], inside.join('.')) ?? 'otherGrantField';
}

/** An own member only: a key such as `constructor` or `__proto__` is no field of ours. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
