import { isKnownSidPrefix, isSid, sidPrefixOf, type SidPrefix } from '../sid.ts';
import type { SidIssue } from './findings.ts';

/**
 * What is wrong with a claim that should hold a SID of one kind, or undefined when it is one.
 * A SID of another kind is named, so the UI can say "this is your Account SID".
 *
 * @example
 * ```ts
 * sidIssue('AC0123456789abcdef0123456789abcdef', 'SK'); // { kind: 'wrongKind', found: 'AC' }
 * sidIssue(undefined, 'SK'); // { kind: 'missing' }
 * ```
 */
export function sidIssue(value: unknown, expected: SidPrefix): SidIssue | undefined {
  if (value === undefined) return { kind: 'missing' };
  if (typeof value !== 'string') return { kind: 'notString' };
  if (isSid(value, expected)) return undefined;
  const found = sidPrefixOf(value);
  if (found !== undefined) return { kind: 'wrongKind', found };
  // A known prefix with a damaged body (say, upper-case hex) is still most likely that kind.
  const prefix = value.slice(0, 2).toUpperCase();
  if (value.length === 34 && prefix !== expected && isKnownSidPrefix(prefix)) {
    return { kind: 'wrongKind', found: prefix };
  }
  return { kind: 'malformed' };
}
