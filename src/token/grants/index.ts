import { chatGrant } from './chat.ts';
import type { GrantDescriptor, GrantFormOf, GrantOptionsOf, OptionDescriptor } from './grant.ts';
import { playbackGrant } from './playback.ts';
import { syncGrant } from './sync.ts';
import { taskRouterGrant } from './taskRouter.ts';
import { videoGrant } from './video.ts';
import { voiceGrant } from './voice.ts';

export * from './grant.ts';

/**
 * Every grant the page makes, in the one order grants are added. twilio-node writes them in the
 * order `addGrant` was called; a fixed order makes our tokens, and the code we print,
 * reproducible.
 */
export const GRANTS = [
  videoGrant,
  voiceGrant,
  chatGrant,
  syncGrant,
  taskRouterGrant,
  playbackGrant,
] as const satisfies readonly GrantDescriptor[];

export type AnyGrant = (typeof GRANTS)[number];
export type GrantName = AnyGrant['name'];
export type GrantKey = AnyGrant['key'];
export type GrantOf<N extends GrantName> = Extract<AnyGrant, { readonly name: N }>;
/** The options of grant `N`, by name. */
export type OptionName<N extends GrantName> = keyof GrantOf<N>['options'] & string;

export const GRANT_ORDER: readonly GrantName[] = GRANTS.map((grant) => grant.name);

export const GRANT_BY_NAME = Object.fromEntries(GRANTS.map((grant) => [grant.name, grant])) as {
  readonly [N in GrantName]: GrantOf<N>;
};

/** The grants a token may carry, each present only when switched on. */
export type GrantOptions = { readonly [N in GrantName]?: GrantOptionsOf<GrantOf<N>> };

export type VideoGrantOptions = GrantOptionsOf<typeof videoGrant>;
export type VoiceGrantOptions = GrantOptionsOf<typeof voiceGrant>;
export type ChatGrantOptions = GrantOptionsOf<typeof chatGrant>;
export type SyncGrantOptions = GrantOptionsOf<typeof syncGrant>;
export type TaskRouterGrantOptions = GrantOptionsOf<typeof taskRouterGrant>;
export type PlaybackGrantOptions = GrantOptionsOf<typeof playbackGrant>;

/** The grants' sections of the generator form, by grant name. */
export type GrantsForm = { [N in GrantName]: GrantFormOf<GrantOf<N>> };

/** `grants` as it appears in the payload: the identity first, then each grant under its key. */
export type GrantsPayload = { identity: string } & {
  [K in GrantKey]?: Record<string, unknown>;
};

/** The grant whose payload key is `key`, if the page makes one. Own keys only. */
export function grantByKey(key: string): AnyGrant | undefined {
  return GRANTS.find((grant) => grant.key === key);
}

/** A grant's options as `[name, descriptor]` pairs, in payload order. */
export function optionsOf(grant: GrantDescriptor): (readonly [string, OptionDescriptor])[] {
  return Object.entries(grant.options);
}

/** Whether the request switches on any grant at all. */
export function hasAnyGrant(grants: GrantOptions): boolean {
  return GRANT_ORDER.some((name) => grants[name] !== undefined);
}

/**
 * Whether an option's value reaches the token, as twilio-node decides: text when not empty, a
 * switch when on, parameters only together with the option they are sent with.
 */
export function isWritten(
  option: OptionDescriptor,
  value: unknown,
  options: Readonly<Record<string, unknown>>,
): boolean {
  switch (option.kind) {
    case 'switch':
      return value === true;
    case 'params':
      return typeof value === 'object' && value !== null && Boolean(options[option.requires]);
    case 'json':
      return typeof value === 'object' && value !== null;
    default:
      return typeof value === 'string' && value !== '';
  }
}

/**
 * One grant's payload from its options, written in the descriptor's order, which is
 * twilio-node's: the key order is the byte order of the token.
 *
 * @example
 * ```ts
 * grantPayload(voiceGrant, { incomingAllow: true, outgoingApplicationSid: 'AP…' });
 * // { incoming: { allow: true }, outgoing: { application_sid: 'AP…' } }
 * ```
 */
export function grantPayload(
  grant: GrantDescriptor,
  options: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  let payload: Record<string, unknown> = {};
  for (const [name, option] of optionsOf(grant)) {
    const value = options[name];
    if (!isWritten(option, value, options)) continue;
    // Spread, never assignment: a `__proto__` key in copied content stays a plain member.
    const written = typeof value === 'object' ? { ...value } : value;
    const [first, ...rest] = option.payload;
    if (first === undefined) payload = { ...payload, ...(written as object) };
    else setAt(payload, first, rest, written);
  }
  return payload;
}

function setAt(
  target: Record<string, unknown>,
  key: string,
  rest: readonly string[],
  value: unknown,
): void {
  const [next, ...deeper] = rest;
  if (next === undefined) {
    target[key] = value;
    return;
  }
  const inner = target[key];
  const child: Record<string, unknown> =
    typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
  target[key] = child;
  setAt(child, next, deeper, value);
}

/** `grants` for the payload: the identity, then each switched-on grant in {@link GRANTS} order. */
export function grantsPayload(identity: string, grants: GrantOptions): GrantsPayload {
  const payload: GrantsPayload = { identity };
  for (const grant of GRANTS) {
    const options: Readonly<Record<string, unknown>> | undefined = grants[grant.name];
    if (options) payload[grant.key] = grantPayload(grant, options);
  }
  return payload;
}
export * from './legacy.ts';
