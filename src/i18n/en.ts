import type { PresetName } from '../features/generate/presets.ts';
import type { TokenField } from '../token/fields.ts';
import type { LazyGrantField } from './grantFieldsEn.ts';
import type { GrantName } from '../token/grants/index.ts';
import { MAX_TTL_SECONDS, TWILIO_SECRET_LENGTH } from '../token/validation/rules.ts';
import type { Locale } from './locale.ts';

/** Fields on the first screen; the other grants' fields bring their words along (grantFieldsEn.ts). */
export type MainField = Exclude<TokenField, LazyGrantField>;

/** Every field's label: the English ones are the page's public contract, keep them exactly. */
const FIELD_LABELS = {
  accountSid: 'Account SID',
  apiKeySid: 'API Key SID',
  apiKeySecret: 'API Key Secret',
  identity: 'Identity',
  ttl: 'TTL (seconds)',
  nbf: 'Not before',
  region: 'Region',
  algorithm: 'Algorithm',
  grants: 'Grants',
  'grants.video.room': 'Room name',
  'grants.voice.outgoingApplicationSid': 'Outgoing application SID',
  'grants.voice.outgoingApplicationParams': 'Outgoing application parameters',
  'grants.voice.pushCredentialSid': 'Push credential SID',
  'grants.voice.endpointId': 'Endpoint ID',
  'grants.chat.serviceSid': 'Service SID',
  'grants.chat.endpointId': 'Endpoint ID',
  'grants.chat.deploymentRoleSid': 'Deployment role SID',
  'grants.chat.pushCredentialSid': 'Push credential SID',
  'grants.sync.serviceSid': 'Service SID',
  'grants.sync.endpointId': 'Endpoint ID',
  'grants.taskRouter.workspaceSid': 'Workspace SID',
  'grants.taskRouter.workerSid': 'Worker SID',
  'grants.taskRouter.role': 'Role',
  'grants.playback.grant': 'Playback grant (JSON)',
} satisfies Record<TokenField, string>;

/** English, the reference language: every other language must have exactly these keys. */
export const en = {
  // Widened: every language's messages share this type.
  locale: 'en-US' as Locale,
  app: {
    name: 'Access Token Lab',
    tagline: 'Twilio Access Tokens, made and explained in your browser',
    privacy:
      'Tokens are signed in this page with your browser’s WebCrypto. Your API Key Secret never leaves it: it is not sent anywhere, not stored, not put in the URL.',
    privacyBadge: 'Signed locally',
    preferences: 'Preferences',
    language: 'Language',
    languageUnavailable: (language: string) =>
      `${language} could not be loaded (offline before it was ever used?). Try again when online.`,
    colorScheme: 'Color scheme',
    colorSchemes: { auto: 'System', light: 'Light', dark: 'Dark' },
  },
  tabs: { generate: 'Generate', inspect: 'Inspect', code: 'Code' },
  generate: {
    title: 'Generate an access token',
    intro:
      'For prototyping with Twilio Video, Voice, Conversations, Sync or TaskRouter: enter an API key and an identity, choose grants, then paste the token into your client app.',
    credentials: 'Credentials',
    token: 'Token',
    labels: FIELD_LABELS,
    descriptions: {
      accountSid: 'Starts with AC. On the Twilio Console home page.',
      apiKeySid: 'Starts with SK. Create one under Account › API keys & tokens.',
      apiKeySecret: 'Shown once when the API key is created.',
      identity: 'Who the token is for: a user name or ID, up to 128 characters.',
      ttl: `How long the token is valid: 1 to ${MAX_TTL_SECONDS.toLocaleString('en-US')} seconds.`,
      nbf: 'Optional: Unix time in seconds before which Twilio refuses the token.',
      region:
        'Optional: the region of your API key (us1, ie1, au1…), written to the header as twr. Video needs US1 keys.',
      algorithm: 'HS256 unless you have a reason: Twilio’s docs require it.',
      grants: '',
      'grants.video.room':
        'Optional: a room’s unique name or its SID (RM…). Empty allows any room.',
    } satisfies Record<MainField, string>,
    placeholders: {
      accountSid: 'AC…',
      apiKeySid: 'SK…',
      apiKeySecret: '32 characters',
      identity: 'alice',
      ttl: '3600',
      nbf: '1767225600',
      region: 'us1',
      algorithm: '',
      grants: '',
      'grants.video.room': 'daily-standup',
    } satisfies Record<MainField, string>,
    grantsTitle: 'Grants',
    grantsIntro: 'What the token allows. Switch on one or more.',
    grantNames: {
      video: 'Video',
      voice: 'Voice',
      chat: 'Chat',
      sync: 'Sync',
      taskRouter: 'TaskRouter',
      playback: 'Playback',
    } satisfies Record<GrantName, string>,
    grantGroup: (name: string) => `${name} grant`,
    grantHints: {
      video: 'Join Video rooms.',
      voice: 'Make and receive calls with the Voice SDK.',
      chat: 'Conversations and Chat.',
      sync: 'Sync documents, lists and maps.',
      taskRouter: 'TaskRouter and Flex workers.',
      playback: 'Twilio Live players.',
    } satisfies Record<GrantName, string>,
    allowIncoming: 'Allow incoming calls',
    presetsTitle: 'Presets',
    presets: {
      video: 'Video room',
      voice: 'Voice calling',
      conversations: 'Conversations',
      sync: 'Sync',
      taskRouter: 'Flex/TaskRouter worker',
    } satisfies Record<PresetName, string>,
    presetApplied: (name: string) =>
      `Preset “${name}” applied: its grants are on. Fill in their SIDs below.`,
    options: 'Options',
    now: 'Now',
    setNbfToNow: 'Set Not before to now',
    regionNames: { us1: 'United States (US1)', ie1: 'Ireland (IE1)', au1: 'Australia (AU1)' },
    algorithmWarning: 'Twilio’s docs require HS256; its SDKs may refuse HS384 and HS512 tokens.',
    regionVideoNote:
      'Video works with US1 API keys only; for Video, leave Region empty or use us1.',
    revealSecret: 'Show API Key Secret',
    secretLengthWarning: (length: number) =>
      `Twilio’s API Key Secrets are ${TWILIO_SECRET_LENGTH} characters; this one has ${length}. Check that it was copied whole.`,
    ttlVideoHint:
      'The Video docs long recommended tokens of at most 4 hours (14,400 s). Longer is allowed up to 24 hours.',
    submit: 'Generate Access Token',
    shortcut: 'Or press Ctrl+Enter (⌘+Enter on a Mac) in any field.',
    generating: 'Signing…',
    loading: 'Loading…',
    unexpectedFailure: (detail: string) => `The token could not be signed: ${detail}`,
  },
  setup: {
    title: 'Your setup',
    remember: 'Remember in this browser',
    rememberHint:
      'Keeps this form (never the API Key Secret) in this browser’s storage, so it is waiting for you next time.',
    clear: 'Clear',
    clearHint: 'Empties the form and forgets what this browser remembered.',
    cleared: 'The form is cleared and nothing is remembered in this browser.',
    copyShareLink: 'Copy share link',
    shareLinkHint:
      'A link that fills this form for someone else: SIDs, identity, grants and options, never the API Key Secret.',
    copied: 'Link copied',
    copyFailed: 'Could not copy the link.',
    fromLink: 'The form was filled from a share link. Enter your API Key Secret to generate.',
    badLink: 'The share link could not be read, so it was ignored. The form is as you left it.',
  },
  result: {
    title: 'Your access token',
    empty: 'Fill in the form and press “Generate Access Token”. The token appears here.',
    tokenLabel: 'Access Token',
    copy: 'Copy access token',
    inspect: 'Inspect this token',
    announce: (identity: string) => `Access token generated for ${identity}. It has the focus.`,
    copied: 'Copied',
    copyFailed: 'Could not copy: select the token and copy it by hand.',
    parts: { header: 'Header', payload: 'Payload', signature: 'Signature' },
  },
  errors: {
    boundaryTitle: 'Something went wrong',
    boundaryBody:
      'The page hit an unexpected error. Nothing was sent anywhere. Reload to start again; the details below help if you report it.',
    reload: 'Reload',
  },
};

export type Messages = typeof en;
