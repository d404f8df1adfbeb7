const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { VideoGrant, VoiceGrant, SyncGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: 'YOUR_IDENTITY',
    ttl: 14400,
  },
);

token.addGrant(new VideoGrant({ room: 'YOUR_ROOM' }));
token.addGrant(
  new VoiceGrant({
    outgoingApplicationSid: 'YOUR_OUTGOING_APPLICATION_SID',
    outgoingApplicationParams: {
      To: 'client:bob',
    },
  }),
);
token.addGrant(new SyncGrant({ serviceSid: 'YOUR_SERVICE_SID' }));

console.log(token.toJwt());
