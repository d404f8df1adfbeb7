import twilio from 'twilio';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { ISSUED } from './tokenFactory.ts';

type Grant = Parameters<InstanceType<typeof twilio.jwt.AccessToken>['addGrant']>[0];
type TwilioNodeOptions = {
  ttl?: number;
  nbf?: number;
  region?: string;
  identity?: string;
  algorithm?: 'HS256' | 'HS384' | 'HS512';
};

/** A token from the official twilio-node library, issued at {@link ISSUED}. */
export function twilioNodeToken(
  grants: readonly Grant[],
  { algorithm, identity = 'alice', ...options }: TwilioNodeOptions = {},
): string {
  const token = new twilio.jwt.AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, {
    ttl: 3600,
    identity,
    ...options,
  });
  for (const grant of grants) token.addGrant(grant);
  // toJwt() reads the clock through jsonwebtoken's Date.now(); freeze it for a stable corpus.
  const realNow = Date.now;
  Date.now = () => ISSUED * 1000;
  try {
    return token.toJwt(algorithm);
  } finally {
    Date.now = realNow;
  }
}
