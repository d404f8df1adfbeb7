const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { ChatGrant, SyncGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: 'user@example.com',
    ttl: 7200,
  },
);

token.addGrant(
  new ChatGrant({
    serviceSid: 'IScccccccccccccccccccccccccccccccc',
    endpointId: 'web:user@example.com:tab-1',
  }),
);
token.addGrant(new SyncGrant({ serviceSid: 'ISdddddddddddddddddddddddddddddddd' }));

console.log(token.toJwt());
