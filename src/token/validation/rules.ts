import type { InputProblem } from '../problems.ts';
import { isKnownSidPrefix, isSid, sidPrefixOf, type SidPrefix } from '../sid.ts';
import { characterPosition, countCodePoints } from './codePoints.ts';
import { MAX_NAME_LENGTH, MAX_NUMERIC_DATE, MAX_REGION_LENGTH, MAX_TTL_SECONDS } from './limits.ts';

// The limits have their own module, so the form's first screen can read them without the rules.
export * from './limits.ts';
export { countCodePoints } from './codePoints.ts';

/**
 * The rules every token input must follow, as pure functions returning the first problem found.
 * The form's zod schema and the token core both call these, so they cannot disagree.
 */

// C0 and C1 controls and DEL. Unpaired surrogates are caught separately: JSON would escape them,
// but the identity would not survive as text anywhere else.
const CONTROL_CHARACTER = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Surrogate}/u;

export function checkSid(value: string, expected: SidPrefix): InputProblem | undefined {
  if (value === '') return { code: 'required' };
  if (isSid(value, expected)) return undefined;
  const found = sidPrefixOf(value);
  if (found !== undefined) return { code: 'sidWrongKind', found, expected };
  // A known prefix with a damaged body is still most likely a SID of that kind.
  const prefix = value.slice(0, 2).toUpperCase();
  if (prefix !== expected && isKnownSidPrefix(prefix) && value.length === 34) {
    return { code: 'sidWrongKind', found: prefix, expected };
  }
  return { code: 'sidMalformed', expected };
}

/** An optional SID field: empty is fine. */
export function checkOptionalSid(value: string, expected: SidPrefix): InputProblem | undefined {
  return value === '' ? undefined : checkSid(value, expected);
}

export function checkSecret(value: string): InputProblem | undefined {
  return value === '' ? { code: 'required' } : undefined;
}

/** Text that ends up as a name inside Twilio: an identity, a room name, an endpoint ID. */
export function checkName(value: string, max = MAX_NAME_LENGTH): InputProblem | undefined {
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return { code: 'invalidUnicode', position: characterPosition(value, lone.index) };
  const control = CONTROL_CHARACTER.exec(value);
  if (control)
    return { code: 'controlCharacter', position: characterPosition(value, control.index) };
  const length = countCodePoints(value);
  if (length > max) return { code: 'tooLong', max, length };
  return undefined;
}

export function checkIdentity(value: string): InputProblem | undefined {
  return value === '' ? { code: 'required' } : checkName(value);
}

/** A room is optional: a unique name, or the SID of an existing room. */
export function checkRoom(value: string): InputProblem | undefined {
  if (value === '' || isSid(value, 'RM')) return undefined;
  const found = sidPrefixOf(value);
  if (found !== undefined) return { code: 'sidWrongKind', found, expected: 'RM' };
  return checkName(value);
}

export function checkTtl(value: number): InputProblem | undefined {
  if (!Number.isInteger(value)) return { code: 'notWholeNumber' };
  if (value < 1 || value > MAX_TTL_SECONDS)
    return { code: 'outOfRange', min: 1, max: MAX_TTL_SECONDS };
  return undefined;
}

export function checkNotBefore(value: number): InputProblem | undefined {
  if (!Number.isInteger(value)) return { code: 'notWholeNumber' };
  if (value < 0 || value > MAX_NUMERIC_DATE)
    return { code: 'outOfRange', min: 0, max: MAX_NUMERIC_DATE };
  return undefined;
}

export function checkRegion(value: string): InputProblem | undefined {
  return checkName(value, MAX_REGION_LENGTH);
}
