import { useMessages } from './I18nProvider.tsx';

/**
 * Picks a lazily loaded feature's messages for the current language. Features that load on
 * demand keep their words beside them, out of the first page load.
 */
export function useLocalized<T>(
  byLocale: { readonly 'en-US': T } & Readonly<Record<string, T>>,
): T {
  return byLocale[useMessages().locale] ?? byLocale['en-US'];
}
