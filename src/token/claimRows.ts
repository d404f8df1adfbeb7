import { displayText } from './json/displayText.ts';
import { formatJson } from './json/formatJson.ts';
import { GRANT_BY_NAME, optionsOf, type GrantName } from './grants/index.ts';
import { placeOf, TIME_CLAIMS, type TokenPlace } from './place.ts';
import { isJsonObject } from './json/jsonObject.ts';

/**
 * The decoded token as rows to explain: one per header field, claim, grant and grant option, in
 * token order. Each row carries its {@link TokenPlace}, which the UI turns into a sentence in the
 * user's language.
 *
 * @example
 * ```ts
 * claimRows(header, payload).rows.map((row) => row.path); // ['alg', 'typ', 'cty', 'jti', 'grants.identity', …]
 * ```
 */

/** What a claim's sentence may quote: never the raw value, which could be anything. */
export interface ClaimText {
  /**
   * The value as safe display text: a string as written (cut short, invisible characters shown
   * as escapes), anything else as one line of bounded JSON.
   */
  readonly text: string;
  /** For a grant: the options it holds, by their names in the grant's descriptor. */
  readonly options?: readonly string[];
}

export interface ClaimRow extends ClaimText {
  /** Where the value sits, e.g. `grants.video.room`, as safe display text. */
  readonly path: string;
  readonly place: TokenPlace;
  /** Which part of the token the row comes from. */
  readonly section: 'header' | 'payload';
  /** For `iat`, `exp` and `nbf`: the time in seconds, when it is a number a date can hold. */
  readonly time?: number;
  /** The value's members follow as rows of their own (a grant's options). */
  readonly detailed?: true;
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
    value: unknown,
    detailed = false,
  ) => {
    total += 1;
    if (rows.length >= MAX_CLAIM_ROWS) return;
    const row = rowOf(section, path, value);
    rows.push(detailed ? { ...row, detailed } : row);
  };

  for (const [key, value] of Object.entries(header)) add('header', [key], value);
  for (const [key, value] of Object.entries(payload)) {
    if (key !== 'grants' || !isJsonObject(value)) {
      add('payload', [key], value);
      continue;
    }
    for (const [grantKey, grant] of Object.entries(value)) {
      const path = ['grants', grantKey];
      const place = placeOf('payload', path);
      const detailed = isJsonObject(grant) && place.kind === 'grant' && hasOptionRows(place.grant);
      add('payload', path, grant, detailed);
      if (detailed) {
        optionRows(path, grant, (at, option) => {
          add('payload', at, option);
        });
      }
    }
  }
  return { rows, omitted: total - rows.length };
}

/**
 * A row for each member of a known grant, and for each member of an object that groups options
 * (Voice's `outgoing`): a grant's options are its rows. Parameters stay one row.
 */
function optionRows(
  path: readonly string[],
  value: Readonly<Record<string, unknown>>,
  add: (path: readonly string[], value: unknown) => void,
): void {
  for (const [key, member] of Object.entries(value)) {
    const at = [...path, key];
    const place = placeOf('payload', at);
    add(at, member);
    if (place.kind === 'option' && place.part === 'group' && isJsonObject(member)) {
      optionRows(at, member, add);
    }
  }
}

function rowOf(section: ClaimRow['section'], path: readonly string[], value: unknown): ClaimRow {
  const place = placeOf(section, path);
  const row = {
    path: path.map((part) => displayText(part)).join('.'),
    place,
    section,
    text:
      typeof value === 'string'
        ? displayText(value, MAX_CLAIM_TEXT)
        : formatJson(value, { indent: 0, maxLength: MAX_CLAIM_TEXT }),
  };
  if (place.kind === 'grant') return { ...row, options: optionsHeld(place.grant, value) };
  if (place.kind === 'claim' && TIME_CLAIMS.has(place.claim) && isTime(value)) {
    return { ...row, time: value };
  }
  return row;
}

/** Whether a grant's options are rows of their own: not when its content is copied in whole. */
function hasOptionRows(grant: GrantName): boolean {
  return optionsOf(GRANT_BY_NAME[grant]).every(([, option]) => option.payload.length > 0);
}

/** The names of the options a grant's value holds, in the descriptor's order. */
function optionsHeld(grant: GrantName, value: unknown): string[] {
  if (!isJsonObject(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const place = placeOf('payload', ['grants', GRANT_BY_NAME[grant].key, key]);
    return place.kind === 'option' ? [place.option] : [];
  });
}

function isTime(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) * 1000 <= MAX_DATE_MS
  );
}
