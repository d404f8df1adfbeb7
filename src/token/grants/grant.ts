import type { SidPrefix } from '../sid.ts';

/**
 * How a grant is described once: its key in the token, its class in Twilio's libraries, and each
 * option's input, place in the payload, rule and name in every official library. The form, the
 * schema, the payload, the decoded rows, the inspector's checks, Compare's meanings and the code
 * generators all read these descriptions; the words for each grant and option live in the
 * language files under the same names, and the typecheck fails when one is missing.
 *
 * @example
 * ```ts
 * export const syncGrant = {
 *   name: 'sync', key: 'data_sync', className: 'SyncGrant', needsIdentity: true,
 *   options: { serviceSid: sidOption(['service_sid'], 'IS', libraryNames('serviceSid')) },
 * } as const satisfies GrantDescriptor;
 * ```
 */

/** Twilio's official server-side helper libraries, in the Code tab's order. */
export const LIBRARIES = ['node', 'python', 'java', 'csharp', 'php', 'ruby', 'go'] as const;
export type Library = (typeof LIBRARIES)[number];

/**
 * What each library calls an option: the Node.js option key, the Python keyword, the Java setter,
 * the C# property, the PHP setter, the Ruby attribute and the Go struct field (dotted where it
 * sits in a nested struct, as `Outgoing.ApplicationSid`).
 */
export type LibraryNames = Readonly<Record<Library, string>>;

interface OptionBase {
  /** Where the option sits inside the grant's payload; empty for content copied in whole. */
  readonly payload: readonly string[];
  readonly library: LibraryNames;
}

/** A SID of one kind, e.g. a TwiML App SID (AP…). Trimmed, since SIDs are pasted. */
export interface SidOption extends OptionBase {
  readonly kind: 'sid';
  readonly prefix: SidPrefix;
}

/** Free text Twilio uses as a name: an endpoint ID, a role, a room's unique name. */
export interface NameOption extends OptionBase {
  readonly kind: 'name';
  readonly maxLength: number;
  /** Whether spaces around the value are pasting noise (a room) or may be meant (an endpoint). */
  readonly trim: boolean;
  /** The name may also be a SID of this kind; a SID of any other kind is a mistake. */
  readonly orSid?: SidPrefix;
}

/** On or off; written to the token only when on. */
export interface SwitchOption extends OptionBase {
  readonly kind: 'switch';
}

/** `name=value` lines, written as a JSON object of strings. */
export interface ParamsOption extends OptionBase {
  readonly kind: 'params';
  /** The option these are sent with; without it the token carries none. */
  readonly requires: string;
}

/** A JSON object copied into the token as it is, such as the Playback grant from Twilio's API. */
export interface JsonOption extends OptionBase {
  readonly kind: 'json';
}

export type OptionDescriptor = SidOption | NameOption | SwitchOption | ParamsOption | JsonOption;
export type OptionKind = OptionDescriptor['kind'];

export interface GrantDescriptor {
  /** The grant's name in the form and the core, e.g. `taskRouter`. */
  readonly name: string;
  /** Its key under `grants` in the payload, e.g. `task_router`. */
  readonly key: string;
  /** Its class, the same name in all seven libraries. */
  readonly className: string;
  /** Whether its service knows the user by `grants.identity`. */
  readonly needsIdentity: boolean;
  /** The options in the order twilio-node writes them, which is also the form's order. */
  readonly options: Readonly<Record<string, OptionDescriptor>>;
}

/** What an option holds in the core's request. */
export type OptionValue<O extends OptionDescriptor> = O extends SwitchOption
  ? boolean
  : O extends ParamsOption
    ? Readonly<Record<string, string>>
    : O extends JsonOption
      ? Readonly<Record<string, unknown>>
      : string;

/** What an option holds in the form: text, or a switch's state. */
export type OptionFormValue<O extends OptionDescriptor> = O extends SwitchOption ? boolean : string;

/** A grant's options as the core takes them: each optional. */
export type GrantOptionsOf<G extends GrantDescriptor> = {
  readonly [K in keyof G['options']]?: OptionValue<G['options'][K]>;
};

/** A grant's section of the form: its switch and each option's input. */
export type GrantFormOf<G extends GrantDescriptor> = { enabled: boolean } & {
  [K in keyof G['options']]: OptionFormValue<G['options'][K]>;
};

/**
 * The names the libraries use by convention for a camelCase option: `pushCredentialSid`,
 * `push_credential_sid`, `setPushCredentialSid`, `PushCredentialSid`. `overrides` names where a
 * library differs (Go's `EndpointID`); the tests run or parse every program to hold them to it.
 */
export function libraryNames(
  camelCase: string,
  overrides: Partial<Record<Library, string>> = {},
): LibraryNames {
  const pascal = camelCase.charAt(0).toUpperCase() + camelCase.slice(1);
  const snake = camelCase.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return {
    node: camelCase,
    python: snake,
    java: `set${pascal}`,
    csharp: pascal,
    php: `set${pascal}`,
    ruby: snake,
    go: pascal,
    ...overrides,
  };
}

/**
 * A room's unique name, and the names inside a grant: Twilio publishes no length for a room's
 * name (error 53101 says only "Room name is too long"), so the page keeps to 128, Video's limit
 * for an identity.
 */
export const MAX_NAME_LENGTH = 128;

/** Endpoint IDs and roles are free text for Twilio; these keep them sane. */
export const MAX_ENDPOINT_ID_LENGTH = 256;
export const MAX_ROLE_LENGTH = 64;
