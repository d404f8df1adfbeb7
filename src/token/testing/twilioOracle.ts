import twilio from 'twilio';
import type { GrantOptions } from '../grants/index.ts';

/**
 * The official twilio-node library building the same token as our core, so tests can demand
 * byte-identity. Node only (test code).
 */
export function twilioNodeToken(input: {
  accountSid: string;
  apiKeySid: string;
  apiKeySecret: string;
  identity: string;
  ttl: number;
  grants: GrantOptions;
}): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(input.accountSid, input.apiKeySid, input.apiKeySecret, {
    identity: input.identity,
    ttl: input.ttl,
  });
  if (input.grants.video) token.addGrant(new AccessToken.VideoGrant(input.grants.video));
  return token.toJwt();
}
