import twilio from 'twilio';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, ROOM_SID } from '../support/fixtures.ts';
import type { CorpusEntry } from './corpusTypes.ts';
import {
  expectFinding,
  ISSUED,
  javaJtiSeconds,
  SIDS,
  hmacJws,
  worstJavaRounding,
} from './tokenFactory.ts';
import { twilioNodeToken } from './twilioNodeToken.ts';

const { AccessToken } = twilio.jwt;
const secret = API_KEY_SECRET;
const javaWorst = worstJavaRounding();

const video = () => new AccessToken.VideoGrant({ room: 'daily-standup' });
const voice = () =>
  new AccessToken.VoiceGrant({
    incomingAllow: true,
    outgoingApplicationSid: SIDS.AP,
    outgoingApplicationParams: { team: 'support' },
    pushCredentialSid: SIDS.CR,
  });
const chat = () =>
  new AccessToken.ChatGrant({
    serviceSid: SIDS.IS,
    endpointId: 'app:alice:phone',
    deploymentRoleSid: SIDS.RL,
    pushCredentialSid: SIDS.CR,
  });
const sync = () => new AccessToken.SyncGrant({ serviceSid: SIDS.IS, endpointId: 'app:alice' });
const taskRouter = () =>
  new AccessToken.TaskRouterGrant({
    workspaceSid: SIDS.WS,
    workerSid: SIDS.WK,
    role: 'worker',
  });
// PlaybackGrant copies what Twilio's PlaybackGrant API returned; this is its shape.
const playback = () =>
  new AccessToken.PlaybackGrant({
    grant: {
      requestCredentials: null,
      playbackUrl: 'https://example.com/live.m3u8',
      playerStreamerSid: 'VJ00000000000000000000000000000009',
    },
  });

/** Tokens the official libraries write: each must inspect clean and verify. */
export const officialEntries: CorpusEntry[] = [
  {
    name: 'twilio-node: Video grant, room by name',
    token: twilioNodeToken([video()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Video grant, room by SID',
    token: twilioNodeToken([new AccessToken.VideoGrant({ room: ROOM_SID })]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Video grant, any room',
    token: twilioNodeToken([new AccessToken.VideoGrant()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Voice grant',
    token: twilioNodeToken([voice()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Chat grant',
    token: twilioNodeToken([chat()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Sync grant',
    token: twilioNodeToken([sync()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: TaskRouter grant',
    token: twilioNodeToken([taskRouter()]),
    secret,
    expected: [],
  },
  {
    name: 'twilio-node: Playback grant',
    token: twilioNodeToken([playback()]),
    secret,
    // Twilio Live, the product the grant is for, reached end of life on 2023-11-30.
    expected: [expectFinding('playbackRetired', 'warning')],
  },
  {
    name: 'twilio-node: every grant, nbf, region ie1, 24 hours',
    token: twilioNodeToken([video(), voice(), chat(), sync(), taskRouter(), playback()], {
      ttl: 86_400,
      nbf: ISSUED,
      region: 'ie1',
    }),
    secret,
    expected: [expectFinding('playbackRetired', 'warning')],
  },
  {
    name: 'twilio-node: HS384 (allowed by twilio-node, not documented by Twilio)',
    token: twilioNodeToken([video()], { algorithm: 'HS384' }),
    secret,
    expected: [expectFinding('algorithmNotHs256', 'warning', 20102)],
  },
  {
    name: 'twilio-node: HS512',
    token: twilioNodeToken([video()], { algorithm: 'HS512' }),
    secret,
    expected: [expectFinding('algorithmNotHs256', 'warning', 20102)],
  },
  {
    name: 'twilio-python shape: nbf and no iat',
    token: hmacJws(
      { typ: 'JWT', alg: 'HS256', cty: 'twilio-fpa;v=1' },
      {
        jti: `${API_KEY_SID}-${ISSUED}`,
        grants: { identity: 'alice', video: { room: 'daily-standup' } },
        iss: API_KEY_SID,
        exp: ISSUED + 3600,
        nbf: ISSUED,
        sub: ACCOUNT_SID,
      },
    ),
    secret,
    expected: [],
  },
  {
    name: 'twilio-python shape: 24 hours from nbf, Voice grant',
    token: hmacJws(
      { typ: 'JWT', alg: 'HS256', cty: 'twilio-fpa;v=1' },
      {
        jti: `${API_KEY_SID}-${ISSUED}`,
        grants: { identity: 'alice', voice: { outgoing: { application_sid: SIDS.AP } } },
        iss: API_KEY_SID,
        exp: ISSUED + 86_400,
        nbf: ISSUED,
        sub: ACCOUNT_SID,
      },
    ),
    secret,
    expected: [],
  },
  {
    name: 'twilio-java shape: neither iat nor nbf, jti time in single precision',
    token: javaShaped(ISSUED, 3600, { identity: 'alice', chat: { service_sid: SIDS.IS } }),
    secret,
    expected: [],
  },
  {
    name: `twilio-java shape: jti ${javaWorst - javaJtiSeconds(javaWorst)} s behind the real time`,
    token: javaShaped(javaWorst, 3600, { identity: 'alice', video: {} }),
    secret,
    expected: [],
  },
  {
    name: 'twilio-java shape: 24 hours, measured from now',
    token: javaShaped(ISSUED, 86_400, { identity: 'alice', data_sync: { service_sid: SIDS.IS } }),
    secret,
    expected: [],
  },
  {
    name: 'TaskRouter worker token without identity (the worker SID names the worker)',
    token: javaShaped(ISSUED, 3600, {
      task_router: { workspace_sid: SIDS.WS, worker_sid: SIDS.WK, role: 'worker' },
    }),
    secret,
    expected: [],
  },
  {
    name: 'Playback token without identity (viewers are anonymous)',
    token: javaShaped(ISSUED, 3600, { player: { playbackUrl: 'https://example.com/live.m3u8' } }),
    secret,
    expected: [expectFinding('playbackRetired', 'warning')],
  },
];

/** As twilio-java writes: header keys in HashMap order, no iat, no nbf unless asked. */
function javaShaped(issuedAt: number, ttl: number, grants: Record<string, unknown>): string {
  return hmacJws(
    { typ: 'JWT', cty: 'twilio-fpa;v=1', alg: 'HS256' },
    {
      iss: API_KEY_SID,
      exp: issuedAt + ttl,
      grants,
      jti: `${API_KEY_SID}-${javaJtiSeconds(issuedAt)}`,
      sub: ACCOUNT_SID,
    },
  );
}
