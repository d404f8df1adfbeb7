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
 * Voice's rules for the identity, from two public sources that do not quite agree:
 * - Twilio's Access Tokens docs: "Voice tokens may only contain alpha-numeric and underscore
 *   characters." (https://www.twilio.com/docs/iam/access-tokens)
 * - Error 31105 "Invalid client name": "Client name should not contain control, space, delims,
 *   or unwise characters and should not be longer than 256 characters."
 *   (https://www.twilio.com/docs/api/errors/31105)
 * So over 256 characters is an error, and anything but letters, digits and underscore is a
 * warning with the docs' words: which of the other characters the SDK refuses, Twilio does not
 * list.
 */
export const VOICE_MAX_IDENTITY = 256;

const VOICE_SAFE = /^[A-Za-z0-9_]$/;

export const voiceIdentity: GrantRule = (grants) => {
  const identity = identityOf(grants);
  if (identity === undefined || !grantValue(grants, 'voice')) return [];
  const at = { at: IDENTITY_PATH };
  const findings: Finding[] = [];
  const length = characterCount(identity);
  if (length > VOICE_MAX_IDENTITY) {
    findings.push(
      finding(
        'identityTooLong',
        { product: 'voice', length, max: VOICE_MAX_IDENTITY },
        { ...at, twilioError: 31105 },
      ),
    );
  }
  const characters = charactersOf(identity);
  const index = characters.findIndex((character) => !VOICE_SAFE.test(character));
  const character = characters[index];
  if (character !== undefined) {
    findings.push(finding('identityNotVoiceSafe', { position: index + 1, character }, at));
  }
  return findings;
};
