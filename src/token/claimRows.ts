/**
 * The decoded token as rows to explain: one per header field, claim, grant and grant option, in
 * token order. Each row has a `kind` the UI turns into a sentence in the user's language.
 *
 * @example
 * ```ts
 * claimRows(header, payload).map((row) => row.path); // ['alg', 'typ', 'cty', 'jti', 'grants.identity', …]
 * ```
 */
export type ClaimKind =
  | 'alg'
  | 'typ'
  | 'cty'
  | 'jti'
  | 'iss'
  | 'sub'
  | 'iat'
  | 'exp'
  | 'identity'
  | 'video'
  | 'videoRoom'
  | 'unknown';

export interface ClaimRow {
  /** Where the value sits, e.g. `grants.video.room`. */
  readonly path: string;
  readonly kind: ClaimKind;
  readonly value: unknown;
  /** Which part of the token the row comes from. */
  readonly section: 'header' | 'payload';
}

const HEADER_KINDS: Readonly<Record<string, ClaimKind>> = { alg: 'alg', typ: 'typ', cty: 'cty' };
const PAYLOAD_KINDS: Readonly<Record<string, ClaimKind>> = {
  jti: 'jti',
  iss: 'iss',
  sub: 'sub',
  iat: 'iat',
  exp: 'exp',
};

export function claimRows(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const [key, value] of Object.entries(header)) {
    rows.push({ path: key, kind: HEADER_KINDS[key] ?? 'unknown', value, section: 'header' });
  }
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'grants' && isRecord(value)) rows.push(...grantRows(value));
    else rows.push({ path: key, kind: PAYLOAD_KINDS[key] ?? 'unknown', value, section: 'payload' });
  }
  return rows;
}

function grantRows(grants: Readonly<Record<string, unknown>>): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const [key, value] of Object.entries(grants)) {
    const path = `grants.${key}`;
    if (key === 'identity') {
      rows.push({ path, kind: 'identity', value, section: 'payload' });
    } else if (key === 'video' && isRecord(value)) {
      rows.push({ path, kind: 'video', value, section: 'payload' });
      if (value.room !== undefined) {
        rows.push({
          path: `${path}.room`,
          kind: 'videoRoom',
          value: value.room,
          section: 'payload',
        });
      }
    } else {
      rows.push({ path, kind: 'unknown', value, section: 'payload' });
    }
  }
  return rows;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
