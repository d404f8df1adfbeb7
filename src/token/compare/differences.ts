import { clip, displayText, jsonKindOf, type JsonKind } from '../json/displayText.ts';
import { formatJson } from '../json/formatJson.ts';
import { MAX_JSON_DEPTH } from '../json/readJson.ts';
import { ABSENT, consequenceOf, type ComparisonContext, type Consequence } from './consequence.ts';
import { HEADER_FIELDS, PAYLOAD_CLAIMS, placeOf, TIME_CLAIMS, type TokenPlace } from '../place.ts';
import { jsonEqual } from './jsonEqual.ts';
import { isJsonObject } from '../json/jsonObject.ts';

/**
 * Every header field, claim and grant option that differs between two decoded tokens, named by
 * its path, with both values as safe display text, what the field is for and, where known, what
 * the difference does. Bounded: the first {@link MAX_DIFFERENCES} are kept and all are counted.
 *
 * @example
 * ```ts
 * differences(first, second, context).items[0];
 * // { part: 'payload', path: 'grants.video.room',
 * //   place: { kind: 'option', grant: 'video', option: 'room', part: 'whole' },
 * //   first: { present: true, text: '"standup"', kind: 'string' },
 * //   second: { present: true, text: '"retro"', kind: 'string' },
 * //   consequence: { code: 'differs', params: { place: … } } }
 * ```
 */

/** A value as the UI may show it: never the raw value, which could be anything. */
export type ShownValue =
  | { readonly present: false }
  | {
      readonly present: true;
      /** One line of JSON (strings in quotes), cut short, invisible characters as escapes. */
      readonly text: string;
      readonly kind: JsonKind;
      /** For `iat`, `nbf` and `exp`: the time in seconds, when a date can hold it. */
      readonly time?: number;
    };

export interface Difference {
  readonly part: 'header' | 'payload';
  /** Where the value sits, e.g. `grants.voice.outgoing.params.To`, as safe display text. */
  readonly path: string;
  /** What the field is: a header field, a claim, a grant, a grant's option… */
  readonly place: TokenPlace;
  readonly first: ShownValue;
  readonly second: ShownValue;
  readonly consequence?: Consequence;
}

export interface DifferenceList {
  /** At most {@link MAX_DIFFERENCES}: the header's first, then the payload's. */
  readonly items: readonly Difference[];
  /** How many differences there are in all. */
  readonly total: number;
}

/** Two real tokens differ in a dozen fields at most; a hostile one can differ in thousands. */
export const MAX_DIFFERENCES = 50;
/** A value's text is cut after this many characters: the decoded token shows it whole. */
export const MAX_VALUE_TEXT = 120;
const MAX_KEY_TEXT = 40;
const MAX_PATH_TEXT = 160;

/** The fields people look at first come first; the rest follow in token order. */
const GRANTS_ORDER = ['identity'];
/** Milliseconds past this are no date (ECMAScript's time range). */
const MAX_DATE_MS = 8.64e15;

type JsonObject = Readonly<Record<string, unknown>>;

export interface DecodedParts {
  readonly header: JsonObject;
  readonly payload: JsonObject;
}

/** The differences between two decoded tokens. Never throws; linear in the size of both. */
export function differences(
  first: DecodedParts,
  second: DecodedParts,
  context: ComparisonContext,
): DifferenceList {
  const items: Difference[] = [];
  let total = 0;
  const path: string[] = [];

  const record = (part: Difference['part'], a: unknown, b: unknown) => {
    total += 1;
    if (items.length < MAX_DIFFERENCES) items.push(differenceAt(part, path, a, b, context));
  };

  const walk = (part: Difference['part'], a: JsonObject, b: JsonObject) => {
    for (const key of orderedKeys(part, path, a, b)) {
      const valueA = Object.hasOwn(a, key) ? a[key] : ABSENT;
      const valueB = Object.hasOwn(b, key) ? b[key] : ABSENT;
      path.push(key);
      // The reader keeps no more than MAX_JSON_DEPTH levels; the guard only bounds recursion.
      if (isJsonObject(valueA) && isJsonObject(valueB) && path.length <= MAX_JSON_DEPTH) {
        walk(part, valueA, valueB);
      } else if (valueA === ABSENT || valueB === ABSENT || !jsonEqual(valueA, valueB)) {
        record(part, valueA, valueB);
      }
      path.pop();
    }
  };

  walk('header', first.header, second.header);
  walk('payload', first.payload, second.payload);
  return { items, total };
}

function differenceAt(
  part: Difference['part'],
  path: readonly string[],
  a: unknown,
  b: unknown,
  context: ComparisonContext,
): Difference {
  const place = placeOf(part, path);
  const isTime = place.kind === 'claim' && TIME_CLAIMS.has(place.claim);
  const consequence = consequenceOf(place, a, b, context);
  return {
    part,
    path: clip(path.map((key) => displayText(key, MAX_KEY_TEXT)).join('.'), MAX_PATH_TEXT),
    place,
    first: shown(a, isTime),
    second: shown(b, isTime),
    ...(consequence ? { consequence } : {}),
  };
}

function shown(value: unknown, isTime: boolean): ShownValue {
  if (value === ABSENT) return { present: false };
  const text = formatJson(value, { indent: 0, maxLength: MAX_VALUE_TEXT });
  const kind = jsonKindOf(value);
  if (isTime && typeof value === 'number' && Math.abs(value) * 1000 <= MAX_DATE_MS) {
    return { present: true, text, kind, time: value };
  }
  return { present: true, text, kind };
}

/** Both objects' keys, each once: the well-known ones in a fixed order, then the first's, then the second's. */
function orderedKeys(
  part: Difference['part'],
  path: readonly string[],
  a: JsonObject,
  b: JsonObject,
): string[] {
  const known: readonly string[] =
    path.length === 0
      ? part === 'header'
        ? HEADER_FIELDS
        : PAYLOAD_CLAIMS
      : part === 'payload' && path.length === 1 && path[0] === 'grants'
        ? GRANTS_ORDER
        : [];
  const keys = new Set<string>(
    known.filter((key) => Object.hasOwn(a, key) || Object.hasOwn(b, key)),
  );
  for (const key of Object.keys(a)) keys.add(key);
  for (const key of Object.keys(b)) keys.add(key);
  return [...keys];
}
