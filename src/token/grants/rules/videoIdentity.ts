import { finding, type Finding } from '../../diagnose/findings.ts';
import {
  characterCount,
  charactersOf,
  grantValue,
  IDENTITY_PATH,
  identityOf,
  type GrantRule,
} from './rule.ts';

/**
 * Video's limit on a participant's identity: "The identity has more than 128 characters (NOTE:
 * Double-byte characters are counted as 2 characters)", error 53201 "Participant identity is too
 * long" (https://www.twilio.com/docs/api/errors/53200; twilio-video.js
 * lib/util/twilio-video-errors.js). Twilio does not say which characters are double-byte: over
 * 128 characters is an error, and over 128 only when every character beyond ASCII counts twice
 * is a warning that says so.
 */
export const VIDEO_MAX_IDENTITY = 128;

export const videoIdentity: GrantRule = (grants) => {
  const identity = identityOf(grants);
  if (identity === undefined || !grantValue(grants, 'video')) return [];
  const length = characterCount(identity);
  const at = { at: IDENTITY_PATH };
  if (length > VIDEO_MAX_IDENTITY) {
    return [
      finding(
        'identityTooLong',
        { product: 'video', length, max: VIDEO_MAX_IDENTITY },
        { ...at, twilioError: 53201 },
      ),
    ];
  }
  const doubled =
    length + charactersOf(identity).filter((character) => character > '\u007f').length;
  const findings: Finding[] = [];
  if (doubled > VIDEO_MAX_IDENTITY) {
    findings.push(
      finding('identityMayBeTooLongForVideo', { length, doubled, max: VIDEO_MAX_IDENTITY }, at),
    );
  }
  return findings;
};
