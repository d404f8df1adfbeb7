const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { PlaybackGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: 'alice',
    ttl: 3600,
  },
);

token.addGrant(
  new PlaybackGrant({
    grant: {
      beyondInt64: 1.2345678901234568e+29,
      int64Max: 9.223372036854776e+18,
      int64Min: -9.223372036854776e+18,
      twoTo64: 1.8446744073709552e+19,
      unsafe: 9.007199254740992e+15,
      maxSafe: 9007199254740991,
      minSafe: -9007199254740991,
      huge: 1e+300,
      negativeHuge: -1.7976931348623157e+308,
      exp21: 1e+21,
      belowExp21: 1e+20,
      tenth: 0.1,
      small: 0.00001,
      tiny: 1.5e-7,
      negativeZero: 0,
      list: [
        0,
        -1,
        2.5,
        1e+16,
        -1e-300,
      ],
    },
  }),
);

console.log(token.toJwt('HS512'));
