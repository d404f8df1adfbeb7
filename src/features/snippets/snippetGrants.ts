import {
  GRANT_ORDER,
  type GrantName,
  type GrantOptions,
  type PlaybackGrantOptions,
  type VoiceGrantOptions,
} from '../../token/grants/index.ts';

/** The text options a grant can carry, named as in our core (camelCase). */
export type TextOption =
  | 'room'
  | 'outgoingApplicationSid'
  | 'serviceSid'
  | 'endpointId'
  | 'deploymentRoleSid'
  | 'pushCredentialSid'
  | 'workspaceSid'
  | 'workerSid'
  | 'role';

export type Pairs = readonly (readonly [string, string])[];

/**
 * One grant as a snippet writes it: only the options that reach the token, in the order the
 * libraries document them, so every language prints the same thing.
 */
export interface SnippetGrant {
  readonly name: GrantName;
  /** Non-empty text options. */
  readonly text: readonly (readonly [TextOption, string])[];
  /** Voice: present only when incoming calls are allowed, as the token has `incoming` only then. */
  readonly incomingAllow?: true;
  /** Voice: the TwiML App's parameters, present only together with `outgoingApplicationSid`. */
  readonly outgoingApplicationParams?: Pairs;
  /** Playback: the grant object from Twilio's API, `{}` when there is none. */
  readonly playback?: Readonly<Record<string, unknown>>;
}

/** Each grant's class name, the same in all seven libraries. */
export const GRANT_CLASS: Readonly<Record<GrantName, string>> = {
  video: 'VideoGrant',
  voice: 'VoiceGrant',
  chat: 'ChatGrant',
  sync: 'SyncGrant',
  taskRouter: 'TaskRouterGrant',
  playback: 'PlaybackGrant',
};

const TEXT_OPTIONS: Readonly<Record<Exclude<GrantName, 'playback'>, readonly TextOption[]>> = {
  video: ['room'],
  voice: ['outgoingApplicationSid', 'pushCredentialSid', 'endpointId'],
  chat: ['serviceSid', 'endpointId', 'deploymentRoleSid', 'pushCredentialSid'],
  sync: ['serviceSid', 'endpointId'],
  taskRouter: ['workspaceSid', 'workerSid', 'role'],
};

/**
 * The grants to add, in `GRANT_ORDER`, with empty options dropped just as the token's payload
 * drops them.
 *
 * @example
 * ```ts
 * snippetGrants({ video: { room: '' }, sync: { serviceSid: 'IS…' } });
 * // [{ name: 'video', text: [] }, { name: 'sync', text: [['serviceSid', 'IS…']] }]
 * ```
 */
export function snippetGrants(grants: GrantOptions): SnippetGrant[] {
  const result: SnippetGrant[] = [];
  for (const name of GRANT_ORDER) {
    const options = grants[name];
    if (options === undefined) continue;
    if (name === 'playback') {
      result.push({ name, text: [], playback: (options as PlaybackGrantOptions).grant ?? {} });
      continue;
    }
    const values = options as Readonly<Partial<Record<TextOption, string>>>;
    const text = TEXT_OPTIONS[name].flatMap((option) => {
      const value = values[option];
      return value ? [[option, value] as const] : [];
    });
    result.push(
      grants.voice && name === 'voice'
        ? { name, text, ...voiceExtras(grants.voice) }
        : { name, text },
    );
  }
  return result;
}

function voiceExtras(
  voice: VoiceGrantOptions,
): Pick<SnippetGrant, 'incomingAllow' | 'outgoingApplicationParams'> {
  const params = voice.outgoingApplicationParams;
  // Parameters reach the token only with an application; an empty set says nothing to Twilio.
  const hasParams = voice.outgoingApplicationSid && params && Object.keys(params).length > 0;
  return {
    ...(voice.incomingAllow === true ? { incomingAllow: true as const } : {}),
    ...(hasParams ? { outgoingApplicationParams: Object.entries(params) } : {}),
  };
}

/** `serviceSid` → `service_sid`, the spelling of the Python and Ruby libraries. */
export function snakeCase(option: TextOption): string {
  return option.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `serviceSid` → `ServiceSid`, for C# properties and Java/PHP setters. */
export function pascalCase(option: TextOption): string {
  return option.charAt(0).toUpperCase() + option.slice(1);
}
