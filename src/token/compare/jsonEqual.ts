import { ElidedJson } from '../json/readJson.ts';

/**
 * Whether two values read from tokens hold the same JSON: the same scalars, arrays in the same
 * order, objects with the same members in any order. Walks with a stack of its own, so no nesting
 * overflows the call stack, and visits each member once.
 *
 * Two {@link ElidedJson} stand-ins of the same kind count as equal, since what they stood for was
 * dropped: callers that must not vouch for content past the depth limit check the reading's
 * `tooDeep` quirk.
 *
 * @example
 * ```ts
 * jsonEqual({ alg: 'HS256', typ: 'JWT' }, { typ: 'JWT', alg: 'HS256' }); // true
 * jsonEqual({ exp: 3600 }, { exp: '3600' }); // false
 * ```
 */
export function jsonEqual(first: unknown, second: unknown): boolean {
  const pending: [unknown, unknown][] = [[first, second]];
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    const [a, b] = pair;
    if (Object.is(a, b)) continue;
    if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false;
      a.forEach((item, index) => pending.push([item, b[index]]));
      continue;
    }
    const objectA = a as Readonly<Record<string, unknown>>;
    const objectB = b as Readonly<Record<string, unknown>>;
    const keys = Object.keys(objectA);
    if (keys.length !== Object.keys(objectB).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(objectB, key)) return false;
      pending.push([objectA[key], objectB[key]]);
    }
  }
  return true;
}

/** An array or object as JSON reads it; an elided one is compared by identity, above. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof ElidedJson);
}
