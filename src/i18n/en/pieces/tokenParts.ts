import type { TokenPartWords } from '../../tokenWords.ts';

const NOT_KNOWN = () => 'Not a claim this app knows.';

/**
 * The header fields and claims of a token in English, once: the decoded panel's sentence, what
 * Compare calls each, and what a difference in it does.
 */
export const tokenParts: TokenPartWords = {
  header: {
    alg: {
      claim: ({ text }) =>
        `Signing algorithm: ${text}, an HMAC over the header and payload keyed with the API Key Secret.`,
      meaning: 'Signing algorithm',
      difference: 'Signed with another algorithm. Twilio documents HS256 only.',
    },
    typ: {
      claim: () => 'Type of the token: a JSON Web Token.',
      meaning: 'Token type',
      difference: 'Another token type. Every official library writes “JWT”.',
    },
    cty: {
      claim: () =>
        'Content type that marks this JWT as a Twilio access token (“first-party auth”, version 1).',
      meaning: 'Content type (Twilio token version)',
      difference:
        'Another content type. Twilio reads a token as an access token only with “twilio-fpa;v=1”.',
    },
    twr: {
      claim: ({ text }) =>
        `Twilio region of the API key: ${text}. Twilio routes the token to that region.`,
      meaning: 'Region of the API key',
      difference:
        'The API key is looked up in another region (no twr means us1). A key exists in one region only.',
    },
    kid: {
      claim: () => 'Key ID: names a signing key. Twilio does not read it.',
      meaning: 'Key ID',
    },
    crit: {
      claim: () => 'Extensions a verifier must understand. Twilio supports none.',
      meaning: 'Extensions a reader must know',
    },
  },
  claims: {
    iss: {
      claim: () => 'Issuer: the API Key SID whose secret signed the token.',
      meaning: 'API Key SID (the key that signed it)',
      difference:
        'Signed by a different API key. Each key has its own secret, and must belong to the account in sub.',
    },
    sub: {
      claim: () => 'Subject: the Account SID the token gives access to.',
      meaning: 'Account SID',
      difference: 'For another account. The API key in iss must belong to it.',
    },
    grants: {
      claim: () => 'Grants: the identity and what the token allows.',
      meaning: 'All grants',
    },
    iat: { claim: () => 'Issued at: when the token was made.', meaning: 'Issued at' },
    nbf: {
      claim: () => 'Not before: until this moment Twilio refuses the token (error 20105).',
      meaning: 'Not valid before',
    },
    exp: {
      claim: () => 'Expires at: after this moment Twilio refuses the token (error 20104).',
      meaning: 'Expires at',
    },
    jti: {
      claim: () => 'Unique token ID: the API Key SID, a dash, and the issue time.',
      meaning: 'Token ID',
      difference: 'Usual: every token has its own ID (the API Key SID, a dash and the issue time).',
    },
  },
  identity: {
    claim: () => 'Identity: who the client acts as. Other participants see it.',
    meaning: 'Identity',
    difference:
      'Acts as someone else: others see another identity, and calls and messages for it go to another user.',
  },
  legacyGrants: {
    ip_messaging: {
      name: 'IP Messaging (legacy)',
      claim: () => 'Legacy IP Messaging grant: replaced by the Chat grant; current SDKs ignore it.',
    },
    rtc: {
      name: 'RTC (legacy)',
      claim: () => 'Legacy RTC grant (Conversations beta): current SDKs ignore it.',
    },
  },
  grantMeaning: (grantName) => `${grantName} grant`,
  otherHeader: { claim: NOT_KNOWN, meaning: 'A header field Twilio does not use' },
  otherClaim: { claim: NOT_KNOWN, meaning: 'A claim Twilio does not use' },
  unknownGrant: { claim: NOT_KNOWN, meaning: 'A grant Twilio does not know' },
  otherGrantField: {
    claim: NOT_KNOWN,
    meaning: (grantName) => `An option of the ${grantName} grant this page does not know`,
  },
};
