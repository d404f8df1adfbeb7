import { finding } from '../../diagnose/findings.ts';
import { grantValue, type GrantRule } from './rule.ts';

/**
 * A Voice grant that can neither place nor receive calls: Twilio accepts it, and it does nothing.
 * Twilio's migration guide maps outgoing calls to `outgoingApplicationSid` and incoming ones to
 * `incomingAllow = true` (https://www.twilio.com/docs/voice/sdks/javascript/migrating-capability-token);
 * Twilio publishes no error for a grant with neither, so this is a warning without a code.
 */
export const voiceCannotCall: GrantRule = (grants) => {
  const voice = grantValue(grants, 'voice');
  if (!voice) return [];
  const incoming = grantValue(voice, 'incoming');
  const outgoing = grantValue(voice, 'outgoing');
  const receives = incoming?.allow === true;
  const places = typeof outgoing?.application_sid === 'string' && outgoing.application_sid !== '';
  return receives || places ? [] : [finding('voiceCannotCall', {}, { at: ['grants', 'voice'] })];
};
