/**
 * Twilio SIDs: a two-letter prefix naming the kind of resource, then 32 lowercase hex digits.
 *
 * @example
 * ```ts
 * sidPrefixOf('AC0123456789abcdef0123456789abcdef') // 'AC'
 * isSid('SK0123456789abcdef0123456789abcdef', 'SK') // true
 * ```
 */

import { SID_KINDS, type SidPrefix } from './sidKinds.ts';

export type { SidPrefix };

/** Every SID kind the app names, so a wrong paste can be called by its real name (see sidKinds). */
export const SID_PREFIXES = Object.keys(SID_KINDS) as readonly SidPrefix[];

const SID_BODY = /^[0-9a-f]{32}$/;

export function isKnownSidPrefix(value: string): value is SidPrefix {
  return Object.hasOwn(SID_KINDS, value);
}

/** The known prefix of a well-formed SID, or undefined when `value` is not one. */
export function sidPrefixOf(value: string): SidPrefix | undefined {
  if (value.length !== 34) return undefined;
  const prefix = value.slice(0, 2);
  return isKnownSidPrefix(prefix) && SID_BODY.test(value.slice(2)) ? prefix : undefined;
}

export function isSid(value: string, prefix: SidPrefix): boolean {
  return value.startsWith(prefix) && value.length === 34 && SID_BODY.test(value.slice(2));
}
