import { finding } from '../../diagnose/findings.ts';
import { grantValue, type GrantRule } from './rule.ts';

/**
 * A Chat grant without its service: "When creating an Access Token for Conversation, you will
 * need … Chat Service SID … This is the Chat Service you grant the SDK client access to."
 * (https://www.twilio.com/docs/conversations/create-tokens). What the SDK does without it,
 * Twilio does not say: a warning, without a code.
 */
export const chatService: GrantRule = (grants) => {
  const chat = grantValue(grants, 'chat');
  if (!chat || (typeof chat.service_sid === 'string' && chat.service_sid !== '')) return [];
  return [finding('chatWithoutService', {}, { at: ['grants', 'chat', 'service_sid'] })];
};
