import type { RequestField } from '../token/fields.ts';
import type { PresetName } from '../token/presets.ts';
import { MAX_TTL_SECONDS, VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from '../token/validation/rules.ts';
import { groupDigits } from './formatNumber.ts';
import { firstVisit } from './en/pieces/firstVisit.ts';
import { grants } from './en/pieces/grants.ts';
import { timeInput } from './en/pieces/timeInput.ts';
import { tokenParts } from './en/pieces/tokenParts.ts';
import type { Locale } from './locale.ts';

/** What a form field says about itself. The English labels are a public contract: keep them. */
export interface FieldWords {
  readonly label: string;
  readonly description?: string;
  readonly placeholder?: string;
}

/**
 * The generator's own inputs by their paths, and `grants`, the group the switches form. Each
 * grant's switch and options are worded in `grants` (en/grants.ts), by the descriptors' names.
 */
const fields = {
  accountSid: {
    label: 'Account SID',
    description: 'Starts with AC. On the Twilio Console home page.',
    placeholder: 'AC…',
  },
  apiKeySid: {
    label: 'API Key SID',
    description: 'Starts with SK. Create one under Account › API keys & tokens.',
    placeholder: 'SK…',
  },
  apiKeySecret: {
    label: 'API Key Secret',
    description: 'Shown once when the API key is created.',
    placeholder: '32 characters',
  },
  identity: {
    label: 'Identity',
    description:
      'Who the token is for: a user name or ID. Video takes up to 128 characters; Voice, Conversations and Sync up to 256.',
    placeholder: 'alice',
  },
  ttl: {
    label: 'TTL (seconds)',
    description: `How long the token is valid: 1 to ${groupDigits(MAX_TTL_SECONDS)} seconds, or written as 4h, 90m or 1h30m. For Video, as long as the longest session (${groupDigits(VIDEO_RECOMMENDED_MAX_TTL_SECONDS)} s by default), so a participant can reconnect after a network change.`,
    placeholder: '3600',
  },
  nbf: {
    label: 'Not before',
    description:
      'Optional: the moment before which Twilio refuses the token, as Unix seconds, a date-time with its offset (2026-12-02T17:10:00Z) or a time from now (+10m).',
    placeholder: '1767225600',
  },
  region: {
    label: 'Region',
    description:
      'Optional: the region of your API key (us1, ie1, au1…), written to the header as twr. Video needs US1 keys.',
    placeholder: 'us1',
  },
  algorithm: {
    label: 'Algorithm',
    description: 'HS256 unless you have a reason: Twilio’s docs require it.',
  },
  grants: { label: 'Grants' },
} satisfies Record<RequestField | 'grants', FieldWords>;

/**
 * English, the reference language: every other language has exactly these keys (the `Messages`
 * type checks it). Namespaces go by feature. The Inspect, Compare and Code tabs' words load with
 * those tabs (see lazyWords.ts); everything else is here.
 */
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
    loading: 'Loading…',
    updateReady:
      'A new version is ready. Reloading empties the form unless “Remember in this browser” is on.',
    /** A public contract: keep it. */
    reloadToUpdate: 'Reload to update',
  },
  tabs: { generate: 'Generate', inspect: 'Inspect', compare: 'Compare', code: 'Code' },
  fields,
  timeInput,
  grants,
  token: tokenParts,
  firstVisit,
  generate: {
    title: 'Generate an access token',
    intro:
      'For prototyping with Twilio Video, Voice, Conversations, Sync or TaskRouter: enter an API key and an identity, choose grants, then paste the token into your client app.',
    credentials: 'Credentials',
    token: 'Token',
    grantsIntro: 'What the token allows. Switch on one or more.',
    grantGroup: (name: string) => `${name} grant`,
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
    revealSecret: 'Show API Key Secret',
    submit: 'Generate Access Token',
    shortcut: 'Or press Ctrl+Enter (⌘+Enter on a Mac) in any field.',
    unexpectedFailure: (detail: string) => `The token could not be signed: ${detail}`,
  },
  result: {
    title: 'Your access token',
    empty: 'Fill in the form and press “Generate Access Token”. The token appears here.',
    tokenLabel: 'Access Token',
    copy: 'Copy access token',
    inspect: 'Inspect this token',
    compare: 'Compare with…',
    announce: (identity: string) => `Access token generated for ${identity}. It has the focus.`,
    copied: 'Copied',
    copyFailed: 'Could not copy: select the token and copy it by hand.',
    stale: 'The form has changed since this token was made.',
  },
  errors: {
    boundaryTitle: 'Something went wrong',
    boundaryBody:
      'The page hit an unexpected error. Nothing was sent anywhere. Reload to start again; the details below help if you report it.',
    reload: 'Reload',
  },
};

export type Messages = typeof en;
