import { decodedEn, type DecodedMessages } from './decodedEn.ts';
import { useLocalized } from './useLocalized.ts';

const BY_LOCALE = { 'en-US': decodedEn } as const;

/** The decoded panel's messages in the current language. */
export function useDecodedMessages(): DecodedMessages {
  return useLocalized(BY_LOCALE);
}
