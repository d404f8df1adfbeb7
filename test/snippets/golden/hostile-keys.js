const twilio = require('twilio');

const { AccessToken } = twilio.jwt;
const { VoiceGrant, PlaybackGrant } = AccessToken;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
const token = new AccessToken(
  process.env.TWILIO_ACCOUNT_SID,
  process.env.TWILIO_API_KEY,
  process.env.TWILIO_API_SECRET,
  {
    identity: '__proto__',
    ttl: 3600,
  },
);

token.addGrant(
  new VoiceGrant({
    outgoingApplicationSid: 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    outgoingApplicationParams: {
      ['__proto__']: 'proto',
      constructor: 'ctor',
      prototype: 'p',
      toString: 's',
      valueOf: 'v',
      hasOwnProperty: 'h',
      $type: 't',
      '#{x}': '${y}',
      'tab\tkey': 'tab\tvalue',
    },
  }),
);
token.addGrant(
  new PlaybackGrant({
    grant: {
      ['__proto__']: {
        polluted: true,
      },
      requestCredentials: null,
      constructor: {
        prototype: {
          toString: 'x',
        },
      },
      toString: 'shadowed',
      $ref: '#/nope',
      list: {
        '0': 'zero',
        '1': 'one',
      },
      notList: {
        '1': 'one',
        '2': 'two',
      },
      deep: [
        {
          '0': [],
        },
        {},
        [
          [],
        ],
      ],
    },
  }),
);

console.log(token.toJwt());
