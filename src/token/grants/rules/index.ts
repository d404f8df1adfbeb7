import type { Finding } from '../../diagnose/findings.ts';
import { grantsPayload, type GrantName, type GrantOptions } from '../index.ts';
import { chatIdentity } from './chatIdentity.ts';
import { chatService } from './chatService.ts';
import { playbackRetired } from './playbackRetired.ts';
import type { GrantRule } from './rule.ts';
import { syncIdentity } from './syncIdentity.ts';
import { videoIdentity } from './videoIdentity.ts';
import { voiceCannotCall } from './voiceCannotCall.ts';
import { voiceIdentity } from './voiceIdentity.ts';

export type { GrantRule } from './rule.ts';
export { TWILIO_LIVE_END_OF_LIFE } from './playbackRetired.ts';
export { VIDEO_MAX_IDENTITY } from './videoIdentity.ts';

/**
 * Each product's rules for a token it is given, by grant: every grant has an entry, so a new
 * grant fails the typecheck until someone has looked for its rules (and found none, or some).
 * TaskRouter publishes no identity rule: a worker is known by its `worker_sid`.
 */
export const GRANT_RULES: { readonly [N in GrantName]: readonly GrantRule[] } = {
  video: [videoIdentity],
  voice: [voiceIdentity, voiceCannotCall],
  chat: [chatIdentity, chatService],
  sync: [syncIdentity],
  taskRouter: [],
  playback: [playbackRetired],
};

/**
 * Every product rule on a token's `grants`, for the grants it carries, in the grants' order.
 *
 * @example
 * ```ts
 * checkGrantRules({ identity: 'a b', voice: {} });
 * // identityNotVoiceSafe { position: 2, character: ' ' }, voiceCannotCall
 * ```
 */
export function checkGrantRules(grants: Readonly<Record<string, unknown>>): Finding[] {
  return Object.values(GRANT_RULES).flatMap((rules) => rules.flatMap((rule) => rule(grants)));
}

/**
 * The product rules' errors for the token a request describes: what a product would refuse
 * (Video, an identity over 128 characters). Generate refuses to sign these, at the field each
 * finding's `at` names; warnings it shows without refusing.
 */
export function productFindings(identity: string, grants: GrantOptions): Finding[] {
  return checkGrantRules(grantsPayload(identity, grants));
}
