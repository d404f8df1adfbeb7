import { chatGrant } from './chat.ts';
import type { GrantDescriptor } from './grant.ts';
import { videoGrant } from './video.ts';

/**
 * Grant keys that old libraries wrote and current SDKs ignore, each with the grant that replaced
 * it, and whose options it is read with, when it had the same ones.
 */
export const LEGACY_GRANTS = {
  /** Programmable Chat's key before it was renamed from IP Messaging. */
  ip_messaging: { replacedBy: chatGrant, readAs: chatGrant },
  /** The Conversations beta's grant, before Video had its own. */
  rtc: { replacedBy: videoGrant, readAs: undefined },
} as const satisfies Record<
  string,
  { readonly replacedBy: GrantDescriptor; readonly readAs: GrantDescriptor | undefined }
>;

export type LegacyGrantKey = keyof typeof LEGACY_GRANTS;

export function isLegacyGrantKey(key: string): key is LegacyGrantKey {
  return Object.hasOwn(LEGACY_GRANTS, key);
}
