import { isKnownSidPrefix } from '../sid.ts';
import type { PasteReading } from './reading.ts';

// Twilio documents SIDs as two letters and 32 hex digits, e.g. `^AC[0-9a-fA-F]{32}$`
// (https://www.twilio.com/docs/iam/api/account, the sid property).
const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;
// The Auth Token is 32 hex digits (https://www.twilio.com/docs/iam/api/account, auth_token); an
// API Key Secret is 32 letters and digits (shown once when the key is made). Which of the two
// cannot be told from the text, so both are named.
const SECRET = /^[0-9A-Za-z]{32}$/;

/**
 * Another Twilio credential pasted where the token belongs: a SID, named by its prefix, or
 * something shaped like the Auth Token or an API Key Secret. `text` is already unwrapped.
 *
 * @example
 * ```ts
 * readCredential('AP0123456789abcdef0123456789abcdef'); // { kind: 'sid', prefix: 'AP', letters: 'AP' }
 * ```
 */
export function readCredential(text: string): PasteReading | undefined {
  if (SID.test(text)) {
    const letters = text.slice(0, 2);
    return isKnownSidPrefix(letters)
      ? { kind: 'sid', prefix: letters, letters }
      : { kind: 'sid', letters };
  }
  if (SECRET.test(text)) return { kind: 'secret' };
  return undefined;
}
