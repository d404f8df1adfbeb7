import { decodeToken } from '../decode.ts';
import { shortText } from './limits.ts';
import type { OlderToken } from './reading.ts';

// Twilio's content type for Access Tokens, which every official library writes
// (e.g. twilio/twilio-python twilio/jwt/access_token/__init__.py, `'cty': 'twilio-fpa;v=1'`).
const ACCESS_TOKEN_TYPE = 'twilio-fpa;v=1';

/**
 * A JWT that is no current Twilio Access Token, by what its claims say:
 * - a Twilio Client Capability Token: a `scope` claim (`scope:client:outgoing?…`, twilio-node
 *   lib/jwt/ClientCapability.js) and no `grants`. Twilio replaced it with Access Tokens with a
 *   Voice grant and calls it deprecated
 *   (https://www.twilio.com/docs/voice/sdks/javascript/migrating-capability-token);
 * - an IP Messaging / Programmable Chat era token: `grants.ip_messaging`. Programmable Chat was
 *   sunset on 2022-07-25 in favour of Conversations
 *   (https://twilio.com/en-us/changelog/programmable-chat-end-of-life-notice);
 * - a JWT from another service: neither Twilio's `cty` nor `grants`.
 * Undefined for an Access Token, and for anything that does not decode (the diagnosis says why).
 */
export function olderToken(token: string): OlderToken | undefined {
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    ({ header, payload } = decodeToken(token));
  } catch {
    return undefined;
  }
  const grants = payload.grants;
  const hasGrants = typeof grants === 'object' && grants !== null && !Array.isArray(grants);
  if (hasGrants && Object.hasOwn(grants, 'ip_messaging')) return { kind: 'chatEra' };
  if (hasGrants) return undefined;
  if (typeof payload.scope === 'string' && payload.scope.startsWith('scope:')) {
    return { kind: 'capability' };
  }
  if (header.cty === ACCESS_TOKEN_TYPE) return undefined;
  const { iss } = payload;
  return typeof iss === 'string' && iss !== ''
    ? { kind: 'foreign', issuer: shortText(iss) }
    : { kind: 'foreign' };
}
