import { finding } from '../../diagnose/findings.ts';
import { characterCount, grantValue, IDENTITY_PATH, identityOf, type GrantRule } from './rule.ts';

/**
 * A Conversations participant's identity: "Maximum length/size: 256 characters"
 * (https://www.twilio.com/docs/conversations-classic/conversations-limits); Chat's error for it
 * is 50207 "Specified User's Identity parameter is too long"
 * (https://www.twilio.com/docs/api/errors/50207).
 */
export const CHAT_MAX_IDENTITY = 256;

export const chatIdentity: GrantRule = (grants) => {
  const identity = identityOf(grants);
  if (identity === undefined || !grantValue(grants, 'chat')) return [];
  const length = characterCount(identity);
  return length > CHAT_MAX_IDENTITY
    ? [
        finding(
          'identityTooLong',
          { product: 'chat', length, max: CHAT_MAX_IDENTITY },
          { at: IDENTITY_PATH, twilioError: 50207 },
        ),
      ]
    : [];
};
