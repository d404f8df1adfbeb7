const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { VideoGrant, VoiceGrant, ChatGrant, SyncGrant, TaskRouterGrant, PlaybackGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: '山田 "Taro" \\ $HOME #{x}',
    ttl: 14400,
    nbf: 1767225600,
    region: 'ie1',
  },
);

token.addGrant(new VideoGrant({ room: '会議室 1' }));
token.addGrant(
  new VoiceGrant({
    incomingAllow: true,
    outgoingApplicationSid: 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    outgoingApplicationParams: {
      To: 'client:bob',
      "it's": 'a "quote" \\ $x #{y}',
    },
    pushCredentialSid: 'CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    endpointId: 'phone-1',
  }),
);
token.addGrant(
  new ChatGrant({
    serviceSid: 'IScccccccccccccccccccccccccccccccc',
    endpointId: 'web:山田:1',
    deploymentRoleSid: 'RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
    pushCredentialSid: 'CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  }),
);
token.addGrant(
  new SyncGrant({
    serviceSid: 'ISdddddddddddddddddddddddddddddddd',
    endpointId: 'sync-1',
  }),
);
token.addGrant(
  new TaskRouterGrant({
    workspaceSid: 'WSffffffffffffffffffffffffffffffff',
    workerSid: 'WK11111111111111111111111111111111',
    role: 'worker',
  }),
);
token.addGrant(
  new PlaybackGrant({
    grant: {
      requestCredentials: null,
      playbackUrl: 'https://example.live.twilio.com/v1/us1/stream/index.m3u8',
      playerStreamerSid: 'VJ22222222222222222222222222222222',
      expiresIn: 3600,
      lowLatency: true,
      tags: [
        'live',
        'ライブ',
      ],
      meta: {
        note: "tab\there, it's \\ $fine #{ok}",
      },
    },
  }),
);

console.log(token.toJwt());
