import type { InputProblem } from '../problems.ts';
import { MAX_NAME_LENGTH } from '../grants/grant.ts';
import { isKnownSidPrefix, isSid, sidPrefixOf, type SidPrefix } from '../sid.ts';

export { MAX_NAME_LENGTH };

// The numbers the rules, the warnings and the words share.

/**
 * The longest identity any product takes (Voice, Conversations and Sync: 256, see
 * grants/rules/); each product's own limit is its rule, so Video's 128 applies only to tokens
 * with a Video grant.
 */
export const MAX_IDENTITY_LENGTH = 256;
/** Twilio rejects tokens that live longer than 24 hours (error 20157). */
export const MAX_TTL_SECONDS = 86_400;
export const DEFAULT_TTL_SECONDS = 3_600;
/**
 * The longest Video session by default (a Room's Maximum Participant Duration): the Video docs
 * recommend it as the TTL, so a participant can reconnect after a network change. "The default
 * maximum Participant duration for Video Rooms is four hours"
 * (https://www.twilio.com/docs/video/configure-maximum-participant-duration). The form opens
 * with it while Video is on, so a token made from the defaults draws no warning of ours.
 */
export const VIDEO_RECOMMENDED_MAX_TTL_SECONDS = 14_400;
/** Twilio issues API Key Secrets of 32 characters. */
export const TWILIO_SECRET_LENGTH = 32;
/** Region codes are short (`us1`, `ie1`, `au1`); free text is allowed, within reason. */
export const MAX_REGION_LENGTH = 32;
/** Latest sensible NumericDate: 9999999999 is in the year 2286. */
export const MAX_NUMERIC_DATE = 9_999_999_999;

/** Length in code points: an emoji outside the BMP counts once, not twice. */
export function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/** 1-based position counted in code points, not UTF-16 units, as people count characters. */
export function characterPosition(value: string, codeUnitIndex: number): number {
  return countCodePoints(value.slice(0, codeUnitIndex)) + 1;
}

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
  return value === '' ? { code: 'required' } : checkName(value, MAX_IDENTITY_LENGTH);
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
