import type { ClaimKind, ClaimText } from '../../token/claimRows.ts';
import { groupDigits } from '../formatNumber.ts';

/** A duration as people say it: 45 s, 3 min, 2 h 5 min, 3 days. The one each view uses. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${groupDigits(Math.floor(hours / 24))} days`;
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** One sentence per claim kind; a kind without a sentence fails the typecheck. */
const explain: Record<ClaimKind, (claim: ClaimText) => string> = {
  alg: ({ text }) =>
    `Signing algorithm: ${text}, an HMAC over the header and payload keyed with the API Key Secret.`,
  typ: () => 'Type of the token: a JSON Web Token.',
  cty: () =>
    'Content type that marks this JWT as a Twilio access token (“first-party auth”, version 1).',
  twr: ({ text }) =>
    `Twilio region of the API key: ${text}. Twilio routes the token to that region.`,
  jti: () => 'Unique token ID: the API Key SID, a dash, and the issue time.',
  iss: () => 'Issuer: the API Key SID whose secret signed the token.',
  sub: () => 'Subject: the Account SID the token gives access to.',
  iat: () => 'Issued at: when the token was made.',
  exp: () => 'Expires at: after this moment Twilio refuses the token (error 20104).',
  nbf: () => 'Not before: until this moment Twilio refuses the token (error 20105).',
  identity: () => 'Identity: who the client acts as. Other participants see it.',
  video: ({ namesRoom }) =>
    namesRoom
      ? 'Video grant: the holder may connect to Twilio Video.'
      : 'Video grant: the holder may connect to any Video room of the account.',
  'video.room': ({ text }) => `Only the room “${text}” may be joined with this token.`,
  voice: () => 'Voice grant: the holder may use the Voice SDK.',
  'voice.incoming': () => 'Incoming calls to this identity ring this client.',
  'voice.outgoing.application_sid': ({ text }) =>
    `Outgoing calls run the TwiML App ${text}: Twilio requests its Voice URL.`,
  'voice.outgoing.params': () => 'Sent to the TwiML App’s Voice URL with every outgoing call.',
  'voice.push_credential_sid': () =>
    'Push credential used to notify this device of incoming calls.',
  'voice.endpoint_id': () =>
    'Endpoint ID: tells this device apart from others with the same identity.',
  chat: () => 'Chat grant: the holder may use Conversations (and Programmable Chat).',
  'chat.service_sid': ({ text }) => `The Conversations or Chat service ${text}.`,
  'chat.endpoint_id': () =>
    'Endpoint ID: tells this device apart from others with the same identity.',
  'chat.deployment_role_sid': () => 'Role the user is given in the service.',
  'chat.push_credential_sid': () => 'Push credential used for notifications to this device.',
  data_sync: () =>
    'Sync grant: the holder may read and write Sync documents, lists, maps and streams.',
  'data_sync.service_sid': ({ text }) => `The Sync service ${text}.`,
  'data_sync.endpoint_id': () =>
    'Endpoint ID: tells this device apart from others with the same identity.',
  task_router: () =>
    'TaskRouter grant: the holder may act in a TaskRouter workspace (Flex uses this).',
  'task_router.workspace_sid': ({ text }) => `The TaskRouter workspace ${text}.`,
  'task_router.worker_sid': ({ text }) => `The client acts as worker ${text}.`,
  'task_router.role': ({ text }) => `Role in the workspace: ${text}.`,
  player: () =>
    'Playback grant: lets a Twilio Live player join a stream. Its content comes from Twilio’s API.',
  ip_messaging: () =>
    'Legacy IP Messaging grant: replaced by the Chat grant; current SDKs ignore it.',
  rtc: () => 'Legacy RTC grant (Conversations beta): current SDKs ignore it.',
  unknown: () => 'Not a claim this app knows.',
};

/** The decoded panel's words: the `decoded` namespace, loaded with the panel. */
export const decoded = {
  title: 'Decoded token',
  header: 'Header',
  payload: 'Payload',
  claims: 'Claims and grants',
  claim: 'Claim',
  value: 'Value',
  meaning: 'Meaning',
  local: 'Local',
  utc: 'UTC',
  expiresIn: (duration: string) => `expires in ${duration}`,
  expiredAgo: (duration: string) => `expired ${duration} ago`,
  formatDuration,
  moreRows: (count: number) =>
    `${groupDigits(count)} more claims are not listed here; the JSON above shows them all.`,
  shortVideoToken: (lifetime: string, recommended: string) =>
    `This Video token lives ${lifetime}: shorter than the longest session (${recommended} by default). Twilio recommends a TTL as long as the longest session, so a participant can reconnect after a network change; with this token they may not.`,
  failedTitle: 'The decoded token cannot be shown',
  failedBody:
    'Something in this token broke the decoded view. The rest of the page still works, and nothing was sent anywhere.',
  explain,
};

export type DecodedWords = typeof decoded;
