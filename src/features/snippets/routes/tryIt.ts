import { isSid } from '../../../token/sid.ts';
import { CREDENTIAL_ENV, type SnippetInput } from '../snippetInput.ts';

/** The form's SIDs, as far as they are SIDs; the secret is never among them. */
export interface FormSids {
  readonly accountSid: unknown;
  readonly apiKeySid: unknown;
}

const sidOr = (value: unknown, prefix: 'AC' | 'SK', placeholder: string): string =>
  typeof value === 'string' && isSid(value.trim(), prefix) ? value.trim() : placeholder;

/**
 * The `.env` a route reads: the form's Account SID and API Key SID, and a placeholder where the
 * secret goes. The form's secret is never passed here, so it cannot end up in the block.
 *
 * @example
 * ```ts
 * envBlock({ accountSid: 'AC…', apiKeySid: '' }, 'your_api_key_secret');
 * // 'TWILIO_ACCOUNT_SID=AC…\nTWILIO_API_KEY=your_api_key_sid\nTWILIO_API_SECRET=your_api_key_secret\n'
 * ```
 */
export function envBlock(sids: FormSids, secretPlaceholder: string): string {
  const [account, key, secret] = CREDENTIAL_ENV;
  return [
    `${account}=${sidOr(sids.accountSid, 'AC', 'your_account_sid')}`,
    `${key}=${sidOr(sids.apiKeySid, 'SK', 'your_api_key_sid')}`,
    `${secret}=${secretPlaceholder}`,
    '',
  ].join('\n');
}

/**
 * A query parameter's value for a single-quoted shell word: percent-encoded, with `'` (which
 * encodeURIComponent leaves alone) encoded too, so nothing in it can end the quotes.
 */
const queryValue = (value: string): string => encodeURIComponent(value).replaceAll("'", '%27');

/**
 * The `curl` that asks a running route for the form's token: the form's identity, and its room
 * where the token has a Video grant with one.
 *
 * @example
 * ```ts
 * curlCommand({ identity: 'alice', grants: { video: { room: 'daily' } }, … }, 3000);
 * // "curl -i 'http://localhost:3000/token?identity=alice&room=daily'"
 * ```
 */
export function curlCommand(input: SnippetInput, port: number): string {
  const room = input.grants.video?.room;
  const query = [
    `identity=${queryValue(input.identity)}`,
    ...(room ? [`room=${queryValue(room)}`] : []),
  ].join('&');
  return `curl -i 'http://localhost:${port}/token?${query}'`;
}
