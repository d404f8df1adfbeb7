import type { TokenField } from '../../token/fields.ts';
import type { InputProblem } from '../../token/problems.ts';
import type { SidPrefix } from '../../token/sid.ts';
import { en } from '../en.ts';
import { fieldWords } from '../fieldWords.ts';
import { groupDigits } from '../formatNumber.ts';
import { describeFinding } from './pieces/findings.ts';
import { sidNames } from './pieces/sidNames.ts';

const fieldLabel = (field: TokenField) => fieldWords(en, field).label;

/** How a field is named inside a sentence ("TTL is required", not "TTL (seconds) is required"). */
const fieldName = (field: TokenField) => (field === 'ttl' ? 'TTL' : fieldLabel(field));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describeProblem(field: TokenField, problem: InputProblem): string {
  switch (problem.code) {
    case 'required':
      return `${fieldName(field)} is required.`;
    case 'sidWrongKind':
      return `This is ${sidNames[problem.found]} (${problem.found}…); ${sidNames[problem.expected]} starts with ${problem.expected}.`;
    case 'sidMalformed':
      return `${capitalize(sidNames[problem.expected])} is ${problem.expected} followed by 32 lowercase hex characters (0-9, a-f).`;
    case 'tooLong':
      return `At most ${problem.max} characters; this has ${problem.length}.`;
    case 'controlCharacter':
      return `Character ${problem.position} is an invisible control character (a tab, line break or similar). Remove it.`;
    case 'invalidUnicode':
      return `Character ${problem.position} is a broken emoji or symbol (an unpaired surrogate). Retype it.`;
    case 'notWholeNumber':
      return field === 'ttl'
        ? 'Use a whole number of seconds, or hours and minutes such as 4h, 90m or 1h30m.'
        : field === 'nbf'
          ? 'Use Unix seconds, a date-time with its offset (2026-12-02T17:10:00Z) or a time from now (+10m).'
          : 'Use a whole number of seconds.';
    case 'outOfRange':
      return field === 'ttl'
        ? `Use ${problem.min} to ${groupDigits(problem.max)} seconds: Twilio rejects tokens that live longer than 24 hours (error 20157).`
        : `Use a time in seconds since 1970 (Unix time) from ${problem.min} to ${problem.max}.`;
    case 'noGrant':
      return 'Switch on at least one grant: a token without a grant gives access to nothing.';
    case 'notJsonObject':
      return 'Paste the JSON object that Twilio’s PlaybackGrant API returned, from { to }.';
    case 'paramsWithoutApplication':
      return 'Parameters are only sent with an Outgoing application SID. Add one, or clear the parameters.';
    case 'emptyParamName':
      return `Line ${problem.line} has no name before “=”.`;
    case 'badParamLine':
      return `Line ${problem.line} needs the form name=value.`;
    case 'notBeforeAfterExpiry':
      return 'Not before is at or after the expiry (now + TTL): this token would never be valid.';
    case 'unsupportedAlgorithm':
      return 'Choose HS256, HS384 or HS512.';
    case 'invalidValue':
      return `${fieldName(field)} cannot be used as it is. Enter it again.`;
    case 'productRule':
      return describeFinding(problem.finding);
  }
}

/**
 * What is wrong with an input, in a sentence: the `problems` namespace. It loads with the form's
 * validation, which waits for it, so a problem is never on screen without its words.
 */
export const problems = {
  describe: describeProblem,
  /** Also used by the inspector's findings. */
  sidNames: sidNames as Readonly<Record<SidPrefix, string>>,
};

export type ProblemWords = typeof problems;
