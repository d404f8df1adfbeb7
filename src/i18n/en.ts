import type { TokenField } from '../token/fields.ts';
import type { InputProblem } from '../token/problems.ts';
import type { SidPrefix } from '../token/sid.ts';
import { MAX_TTL_SECONDS, TWILIO_SECRET_LENGTH } from '../token/validation/rules.ts';

const SID_NAMES: Record<SidPrefix, string> = {
  AC: 'an Account SID',
  SK: 'an API Key SID',
  RM: 'a Room SID',
  AP: 'a TwiML App SID',
  CR: 'a Push Credential SID',
  IS: 'a Service SID',
  RL: 'a Role SID',
  WS: 'a Workspace SID',
  WK: 'a Worker SID',
  PN: 'a Phone Number SID',
  CA: 'a Call SID',
  SM: 'a Message SID',
  MG: 'a Messaging Service SID',
  CH: 'a Conversation SID',
  US: 'a User SID',
  MB: 'a Member SID',
  VA: 'a Verify Service SID',
};

const FIELD_NAMES: Record<TokenField, string> = {
  accountSid: 'Account SID',
  apiKeySid: 'API Key SID',
  apiKeySecret: 'API Key Secret',
  identity: 'Identity',
  room: 'Room name',
  ttl: 'TTL',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describeProblem(field: TokenField, problem: InputProblem): string {
  switch (problem.code) {
    case 'required':
      return `${FIELD_NAMES[field]} is required.`;
    case 'sidWrongKind':
      return `This is ${SID_NAMES[problem.found]} (${problem.found}…); ${SID_NAMES[problem.expected]} starts with ${problem.expected}.`;
    case 'sidMalformed':
      return `${capitalize(SID_NAMES[problem.expected])} is ${problem.expected} followed by 32 lowercase hex characters (0-9, a-f).`;
    case 'tooLong':
      return `At most ${problem.max} characters; this has ${problem.length}.`;
    case 'controlCharacter':
      return `Character ${problem.position} is an invisible control character (a tab, line break or similar). Remove it.`;
    case 'invalidUnicode':
      return `Character ${problem.position} is a broken emoji or symbol (an unpaired surrogate). Retype it.`;
    case 'notWholeNumber':
      return `Use a whole number of seconds.`;
    case 'outOfRange':
      return `Use ${problem.min} to ${problem.max.toLocaleString('en-US')} seconds: Twilio rejects tokens that live longer than 24 hours (error 20157).`;
  }
}

function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** English, the reference language: every other language must have exactly these keys. */
export const en = {
  locale: 'en-US',
  app: {
    name: 'Access Token Lab',
    tagline: 'Twilio Access Tokens, made and explained in your browser',
    privacy:
      'Tokens are signed in this page with your browser’s WebCrypto. Your API Key Secret never leaves it: it is not sent anywhere, not stored, not put in the URL.',
    privacyBadge: 'Signed locally',
  },
  generate: {
    title: 'Generate a Video access token',
    intro:
      'For prototyping with Twilio Video: enter an API key, an identity and optionally a room, then paste the token into your client app.',
    credentials: 'Credentials',
    token: 'Token',
    labels: {
      accountSid: 'Account SID',
      apiKeySid: 'API Key SID',
      apiKeySecret: 'API Key Secret',
      identity: 'Identity',
      room: 'Room name',
      ttl: 'TTL (seconds)',
    } satisfies Record<TokenField, string>,
    descriptions: {
      accountSid: 'Starts with AC. On the Twilio Console home page.',
      apiKeySid: 'Starts with SK. Create one under Account › API keys & tokens.',
      apiKeySecret: 'Shown once when the API key is created.',
      identity: 'Who the token is for: a user name or ID, up to 128 characters.',
      room: 'Optional: a room’s unique name or its SID (RM…). Empty allows any room.',
      ttl: `How long the token is valid: 1 to ${MAX_TTL_SECONDS.toLocaleString('en-US')} seconds.`,
    } satisfies Record<TokenField, string>,
    placeholders: {
      accountSid: 'AC…',
      apiKeySid: 'SK…',
      apiKeySecret: '32 characters',
      identity: 'alice',
      room: 'daily-standup',
      ttl: '3600',
    } satisfies Record<TokenField, string>,
    revealSecret: 'Show API Key Secret',
    hideSecret: 'Hide API Key Secret',
    secretLengthWarning: (length: number) =>
      `Twilio’s API Key Secrets are ${TWILIO_SECRET_LENGTH} characters; this one has ${length}. Check that it was copied whole.`,
    ttlVideoHint:
      'The Video docs long recommended tokens of at most 4 hours (14,400 s). Longer is allowed up to 24 hours.',
    submit: 'Generate Access Token',
    generating: 'Signing…',
    describeProblem,
    unexpectedFailure: (detail: string) => `The token could not be signed: ${detail}`,
  },
  result: {
    title: 'Your access token',
    empty: 'Fill in the form and press “Generate Access Token”. The token appears here.',
    tokenLabel: 'Access Token',
    copy: 'Copy access token',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the token and copy it by hand.',
    parts: { header: 'Header', payload: 'Payload', signature: 'Signature' },
  },
  decoded: {
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
    expired: 'expired',
    formatDuration,
    explain: {
      alg: (value: unknown) =>
        `Signing algorithm: ${String(value)}, an HMAC over the header and payload keyed with the API Key Secret.`,
      typ: 'Type of the token: a JSON Web Token.',
      cty: 'Content type that marks this JWT as a Twilio access token (“first-party auth”, version 1).',
      jti: 'Unique token ID: the API Key SID, a dash, and the issue time.',
      iss: 'Issuer: the API Key SID whose secret signed the token.',
      sub: 'Subject: the Account SID the token gives access to.',
      iat: 'Issued at: when the token was made.',
      exp: 'Expires at: after this moment Twilio refuses the token (error 20104).',
      identity: 'Identity: who the client acts as. Other participants see it.',
      video: 'Video grant: the holder may connect to Twilio Video rooms.',
      videoRoom: (room: string) => `Only the room “${room}” may be joined with this token.`,
      videoAnyRoom: 'No room is named, so any room of the account may be joined.',
      unknown: 'Not a claim this app knows.',
    },
  },
  errors: {
    boundaryTitle: 'Something went wrong',
    boundaryBody:
      'The page hit an unexpected error. Nothing was sent anywhere. Reload to start again; the details below help if you report it.',
    reload: 'Reload',
  },
};

export type Messages = typeof en;
