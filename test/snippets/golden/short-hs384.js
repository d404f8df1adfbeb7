const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { VideoGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: 'alice',
    ttl: 600,
  },
);

token.addGrant(new VideoGrant());

console.log(token.toJwt('HS384'));
