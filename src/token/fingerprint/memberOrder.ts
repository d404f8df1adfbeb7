import type { GrantsOrder } from './identification.ts';

/**
 * The order a writer puts members in: their names, a trailing `?` on those it leaves out in some
 * tokens (`twr?` without a region).
 */
export type MemberOrder = readonly string[];

/**
 * Whether `members` are written in `order`: every name without `?` present, every member named,
 * in that order. Linear; names in an order are distinct.
 *
 * @example
 * ```ts
 * fitsOrder(['alg', 'typ', 'cty'], ['alg', 'typ', 'cty', 'twr?']); // true
 * fitsOrder(['typ', 'alg', 'cty'], ['alg', 'typ', 'cty', 'twr?']); // false
 * ```
 */
export function fitsOrder(members: readonly string[], order: MemberOrder): boolean {
  let index = 0;
  for (const entry of order) {
    const optional = entry.endsWith('?');
    const name = optional ? entry.slice(0, -1) : entry;
    if (members[index] === name) index += 1;
    else if (!optional) return false;
  }
  return index === members.length;
}

/** Whether each member sorts after the one before it, as Go writes a map's keys. */
export function isSorted(members: readonly string[]): boolean {
  // Go compares bytes of UTF-8, JavaScript UTF-16 units; they agree on every name written here.
  for (let index = 1; index < members.length; index += 1) {
    if ((members[index - 1] ?? '') >= (members[index] ?? '')) return false;
  }
  return true;
}

/** Whether `grants`' keys could come in this order. */
export function fitsGrantsOrder(members: readonly string[], order: GrantsOrder): boolean {
  const identity = members.indexOf('identity');
  switch (order) {
    case 'identityFirst':
      return identity <= 0;
    case 'identityLast':
      return identity === -1 || identity === members.length - 1;
    case 'sorted':
      return isSorted(members);
    case 'javaHashMap':
      return fitsJavaHashMap(members);
  }
}

/**
 * Whether keys could come out of a `java.util.HashMap` in this order: by bucket, and within a
 * bucket in insertion order, which a token does not show. A bucket is the key's `hashCode()` with
 * its high half folded in, masked to the table size (16, doubled each time more than 3/4 full).
 * Source: OpenJDK `java/util/HashMap.java` `hash()` and `resize()`; `String.hashCode()` is
 * `s[0]*31^(n-1) + … + s[n-1]` over UTF-16 units (`java/lang/String.java`).
 */
export function fitsJavaHashMap(members: readonly string[]): boolean {
  let capacity = 16;
  while (members.length > capacity * 0.75) capacity *= 2;
  let previous = -1;
  for (const member of members) {
    const bucket = javaHashMapBucket(member, capacity);
    if (bucket < previous) return false;
    previous = bucket;
  }
  return true;
}

export function javaHashMapBucket(key: string, capacity: number): number {
  let hash = 0;
  for (let index = 0; index < key.length; index += 1) {
    hash = (Math.imul(31, hash) + key.charCodeAt(index)) | 0;
  }
  return (hash ^ (hash >>> 16)) & (capacity - 1);
}
