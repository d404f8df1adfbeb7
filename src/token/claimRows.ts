import { displayText } from './json/displayText.ts';
import { formatJson } from './json/formatJson.ts';
import { ElidedJson } from './json/readJson.ts';

/**
 * The decoded token as rows to explain: one per header field, claim, grant and grant option, in
 * token order. Each row has a `kind` the UI turns into a sentence in the user's language.
 *
 * @example
 * ```ts
 * claimRows(header, payload).rows.map((row) => row.path); // ['alg', 'typ', 'cty', 'jti', 'grants.identity', …]
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

/** What a claim's sentence may quote: never the raw value, which could be anything. */
export interface ClaimText {
  /**
   * The value as safe display text: a string as written (cut short, invisible characters shown
   * as escapes), anything else as one line of bounded JSON.
   */
  readonly text: string;
  /** For a Video grant: whether it names a room. */
  readonly namesRoom?: boolean;
}

export interface ClaimRow extends ClaimText {
  /** Where the value sits, e.g. `grants.video.room`, as safe display text. */
  readonly path: string;
  readonly kind: ClaimKind;
  /** Which part of the token the row comes from. */
  readonly section: 'header' | 'payload';
  /** For `iat`, `exp` and `nbf`: the time in seconds, when it is a number a date can hold. */
  readonly time?: number;
}

export interface ClaimRows {
  /** At most {@link MAX_CLAIM_ROWS}, in token order. */
  readonly rows: readonly ClaimRow[];
  /** Rows left out past the limit. */
  readonly omitted: number;
}

/** Real tokens make about 30 rows; a hostile one could make thousands, each a table row. */
export const MAX_CLAIM_ROWS = 200;
/** A value's text is cut after this many characters: the decoded JSON shows it whole. */
export const MAX_CLAIM_TEXT = 300;

const HEADER_KINDS = new Set<string>(['alg', 'typ', 'cty', 'twr']);
const PAYLOAD_KINDS = new Set<string>(['jti', 'iss', 'sub', 'iat', 'exp', 'nbf']);
const TIME_KINDS = new Set<ClaimKind>(['iat', 'exp', 'nbf']);
const GRANT_KINDS = new Set<string>(CLAIM_KINDS);
/** Grants whose content is opaque or legacy: one row for the whole object. */
const WHOLE_GRANTS = new Set(['player', 'ip_messaging', 'rtc']);
/** Milliseconds past this are no date (ECMAScript's time range). */
const MAX_DATE_MS = 8.64e15;

/**
 * The rows of a decoded token, bounded in number and in the length of every text, so any token
 * can be shown at once. Reads the values only through type checks: never `String()` or
 * `JSON.stringify` on what the token holds.
 */
export function claimRows(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
): ClaimRows {
  const rows: ClaimRow[] = [];
  let total = 0;
  const add = (
    section: ClaimRow['section'],
    path: readonly string[],
    kind: ClaimKind,
    value: unknown,
  ) => {
    total += 1;
    if (rows.length < MAX_CLAIM_ROWS) rows.push(rowOf(section, path, kind, value));
  };

  for (const [key, value] of Object.entries(header)) {
    add('header', [key], HEADER_KINDS.has(key) ? (key as ClaimKind) : 'unknown', value);
  }
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'grants' && isRecord(value)) {
      for (const [path, kind, grantValue] of grantRows(value))
        add('payload', path, kind, grantValue);
    } else {
      add('payload', [key], PAYLOAD_KINDS.has(key) ? (key as ClaimKind) : 'unknown', value);
    }
  }
  return { rows, omitted: total - rows.length };
}

function rowOf(
  section: ClaimRow['section'],
  path: readonly string[],
  kind: ClaimKind,
  value: unknown,
): ClaimRow {
  const row = {
    path: path.map((part) => displayText(part)).join('.'),
    kind,
    section,
    text:
      typeof value === 'string'
        ? displayText(value, MAX_CLAIM_TEXT)
        : formatJson(value, { indent: 0, maxLength: MAX_CLAIM_TEXT }),
  };
  if (kind === 'video') return { ...row, namesRoom: isRecord(value) && value.room !== undefined };
  if (TIME_KINDS.has(kind) && isTime(value)) return { ...row, time: value };
  return row;
}

/** Each grant, and each option of a known grant, with its path under `grants`. */
function* grantRows(
  grants: Readonly<Record<string, unknown>>,
): Generator<readonly [readonly string[], ClaimKind, unknown]> {
  const kindOf = (schematic: string): ClaimKind =>
    GRANT_KINDS.has(schematic) && !isHeaderOrClaim(schematic)
      ? (schematic as ClaimKind)
      : 'unknown';
  for (const [key, value] of Object.entries(grants)) {
    yield [['grants', key], kindOf(key), value];
    if (!isRecord(value) || WHOLE_GRANTS.has(key) || !GRANT_KINDS.has(key)) continue;
    for (const [option, optionValue] of Object.entries(value)) {
      if (key === 'voice' && option === 'outgoing' && isRecord(optionValue)) {
        for (const [part, partValue] of Object.entries(optionValue)) {
          yield [['grants', key, option, part], kindOf(`voice.outgoing.${part}`), partValue];
        }
      } else {
        yield [['grants', key, option], kindOf(`${key}.${option}`), optionValue];
      }
    }
  }
}

function isHeaderOrClaim(key: string): boolean {
  return HEADER_KINDS.has(key) || PAYLOAD_KINDS.has(key);
}

function isTime(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) * 1000 <= MAX_DATE_MS
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof ElidedJson)
  );
}
