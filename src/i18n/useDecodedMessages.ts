import { decodedEn, type DecodedMessages } from './decodedEn.ts';
import { decodedJa } from './decodedJa.ts';
import { useLocalized } from './useLocalized.ts';

const BY_LOCALE = { 'en-US': decodedEn, 'ja-JP': decodedJa } as const;

/** The decoded panel's messages in the current language. */
export function useDecodedMessages(): DecodedMessages {
  return useLocalized(BY_LOCALE);
}
