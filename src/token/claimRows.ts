/**
 * The decoded token as rows to explain: one per header field, claim, grant and grant option, in
 * token order. Each row has a `kind` the UI turns into a sentence in the user's language.
 *
 * @example
 * ```ts
 * claimRows(header, payload).map((row) => row.path); // ['alg', 'typ', 'cty', 'jti', 'grants.identity', …]
 * ```
 */
export const CLAIM_KINDS = [
  'alg',
  'typ',
  'cty',
  'twr',
  'jti',
  'iss',
  'sub',
  'iat',
  'exp',
  'nbf',
  'identity',
  'video',
  'video.room',
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
  'unknown',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface ClaimRow {
  /** Where the value sits, e.g. `grants.video.room`. */
  readonly path: string;
  readonly kind: ClaimKind;
  readonly value: unknown;
  /** Which part of the token the row comes from. */
  readonly section: 'header' | 'payload';
}

const HEADER_KINDS = new Set<string>(['alg', 'typ', 'cty', 'twr']);
const PAYLOAD_KINDS = new Set<string>(['jti', 'iss', 'sub', 'iat', 'exp', 'nbf']);
const GRANT_KINDS = new Set<string>(CLAIM_KINDS);
/** Grants whose content is opaque or legacy: one row for the whole object. */
const WHOLE_GRANTS = new Set(['player', 'ip_messaging', 'rtc']);

export function claimRows(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const [key, value] of Object.entries(header)) {
    rows.push({
      path: key,
      kind: HEADER_KINDS.has(key) ? (key as ClaimKind) : 'unknown',
      value,
      section: 'header',
    });
  }
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'grants' && isRecord(value)) rows.push(...grantRows(value));
    else {
      const kind = PAYLOAD_KINDS.has(key) ? (key as ClaimKind) : 'unknown';
      rows.push({ path: key, kind, value, section: 'payload' });
    }
  }
  return rows;
}

function grantRows(grants: Readonly<Record<string, unknown>>): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const push = (schematic: string, value: unknown) => {
    rows.push({
      path: `grants.${schematic}`,
      kind:
        GRANT_KINDS.has(schematic) && !isHeaderOrClaim(schematic)
          ? (schematic as ClaimKind)
          : 'unknown',
      value,
      section: 'payload',
    });
  };
  for (const [key, value] of Object.entries(grants)) {
    push(key, value);
    if (!isRecord(value) || WHOLE_GRANTS.has(key) || !GRANT_KINDS.has(key)) continue;
    for (const [option, optionValue] of Object.entries(value)) {
      if (key === 'voice' && option === 'outgoing' && isRecord(optionValue)) {
        for (const [part, partValue] of Object.entries(optionValue))
          push(`voice.outgoing.${part}`, partValue);
      } else {
        push(`${key}.${option}`, optionValue);
      }
    }
  }
  return rows;
}

function isHeaderOrClaim(key: string): boolean {
  return HEADER_KINDS.has(key) || PAYLOAD_KINDS.has(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
