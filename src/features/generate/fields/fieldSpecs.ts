import { SIGNING_ALGORITHMS } from '../../../token/algorithms.ts';

/** How one input of the generator form is drawn; its words come from the language's `fields`. */
export type FieldSpec =
  | {
      readonly kind: 'text';
      /** SIDs and codes read better in a monospace font. */
      readonly mono?: boolean;
      readonly numeric?: boolean;
      /** The id of a `<datalist>` of suggestions drawn beside the field. */
      readonly suggestions?: string;
    }
  | { readonly kind: 'secret' }
  | { readonly kind: 'multiline'; readonly rows: number }
  | { readonly kind: 'select'; readonly options: readonly string[] }
  /** On or off: a grant, or an option of one ("Allow incoming calls"), like every toggle here. */
  | { readonly kind: 'switch' };

const sid = { kind: 'text', mono: true } as const;
const text = { kind: 'text' } as const;
const toggle = { kind: 'switch' } as const;

/**
 * Every input of the generator form, by its path in the form's values. The path is also how the
 * field finds its label, description, placeholder, problems and warnings.
 */
export const FIELD_SPECS = {
  accountSid: sid,
  apiKeySid: sid,
  apiKeySecret: { kind: 'secret' },
  identity: text,
  ttl: { kind: 'text', numeric: true },
  nbf: { kind: 'text', numeric: true },
  region: { kind: 'text', mono: true, suggestions: 'region-suggestions' },
  algorithm: { kind: 'select', options: SIGNING_ALGORITHMS },
  'grants.video.enabled': toggle,
  'grants.video.room': text,
  'grants.voice.enabled': toggle,
  'grants.voice.outgoingApplicationSid': sid,
  'grants.voice.outgoingApplicationParams': { kind: 'multiline', rows: 2 },
  'grants.voice.incomingAllow': toggle,
  'grants.voice.pushCredentialSid': sid,
  'grants.voice.endpointId': text,
  'grants.chat.enabled': toggle,
  'grants.chat.serviceSid': sid,
  'grants.chat.endpointId': text,
  'grants.chat.deploymentRoleSid': sid,
  'grants.chat.pushCredentialSid': sid,
  'grants.sync.enabled': toggle,
  'grants.sync.serviceSid': sid,
  'grants.sync.endpointId': text,
  'grants.taskRouter.enabled': toggle,
  'grants.taskRouter.workspaceSid': sid,
  'grants.taskRouter.workerSid': sid,
  'grants.taskRouter.role': text,
  'grants.playback.enabled': toggle,
  'grants.playback.grant': { kind: 'multiline', rows: 4 },
} as const satisfies Record<string, FieldSpec>;

export type FieldPath = keyof typeof FIELD_SPECS;

export const FIELD_PATHS = Object.keys(FIELD_SPECS) as FieldPath[];
