import { decodedEn, type DecodedMessages } from './decodedEn.ts';
import { useMessages } from './I18nProvider.tsx';

const BY_LOCALE: Record<string, DecodedMessages> = { 'en-US': decodedEn };

/** The decoded panel's messages in the current language. */
export function useDecodedMessages(): DecodedMessages {
  return BY_LOCALE[useMessages().locale] ?? decodedEn;
}
