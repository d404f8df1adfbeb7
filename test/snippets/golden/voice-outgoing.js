const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { VoiceGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: 'agent-42',
    ttl: 3600,
  },
);

token.addGrant(
  new VoiceGrant({
    incomingAllow: true,
    outgoingApplicationSid: 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    outgoingApplicationParams: {
      To: '+15558675310',
      mode: 'conference',
    },
  }),
);

console.log(token.toJwt());
