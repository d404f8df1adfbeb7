import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { rememberLocale } from './languagePreference.ts';
import { loadMessages } from './loadMessages.ts';
import { HTML_LANG, type Locale } from './locale.ts';

interface I18nContextValue {
  readonly messages: Messages;
  readonly locale: Locale;
  /** Loads the language if needed, switches the page to it and remembers the choice. */
  readonly setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nContextValue>({
  messages: en,
  locale: 'en-US',
  setLocale: () => Promise.resolve(),
});

/**
 * Provides the UI's messages and the language switch. `initialMessages` comes already loaded
 * (main.tsx waits for it), so the first paint is in the right language.
 */
export function I18nProvider({
  initialMessages = en,
  children,
}: {
  initialMessages?: Messages;
  children: ReactNode;
}) {
  const [messages, setMessages] = useState(initialMessages);
  const setLocale = useCallback(async (locale: Locale) => {
    const next = await loadMessages(locale);
    rememberLocale(locale);
    document.documentElement.lang = HTML_LANG[locale];
    setMessages(next);
  }, []);
  const value = useMemo(
    () => ({ messages, locale: messages.locale, setLocale }),
    [messages, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useMessages(): Messages {
  return use(I18nContext).messages;
}

/** The current language and the function that changes it. */
export function useLocale(): Pick<I18nContextValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = use(I18nContext);
  return { locale, setLocale };
}
