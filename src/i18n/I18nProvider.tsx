import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { rememberLocale } from './languagePreference.ts';
import { useLoaded } from '../lib/preloadable.ts';
import {
  loadWords,
  loadWordsInUse,
  wordsOf,
  type LazyNamespace,
  type LazyWords,
} from './lazyWords.ts';
import { loadMessages } from './loadMessages.ts';
import { HTML_LANG, type Locale } from './locale.ts';

interface I18nContextValue {
  readonly messages: Messages;
  /** Loads the language if needed, switches the page to it and remembers the choice. */
  readonly setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nContextValue>({
  messages: en,
  setLocale: () => Promise.resolve(),
});

/**
 * Provides the word tree of the page's language and the language switch. `initialMessages`
 * comes already loaded (main.tsx waits for it), so the first paint is in the right language.
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
    // The open views' words come along, so nothing on screen waits for them after the switch.
    const [next] = await Promise.all([loadMessages(locale), loadWordsInUse(locale)]);
    rememberLocale(locale);
    document.documentElement.lang = HTML_LANG[locale];
    setMessages(next);
  }, []);
  const value = useMemo(() => ({ messages, setLocale }), [messages, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The words of the page's language. */
export function useMessages(): Messages {
  return use(I18nContext).messages;
}

/** The words of a namespace that loads with its view; suspends until they are there. */
export function useLazyWords<N extends LazyNamespace>(namespace: N): LazyWords<N> {
  return use(loadWords(namespace, useMessages().locale));
}

/**
 * The words of a namespace that loads with its view, or undefined until they are loaded: for a
 * part that can do without them for a moment (a warning shows once its words are there).
 */
export function useLoadedWords<N extends LazyNamespace>(namespace: N): LazyWords<N> | undefined {
  return useLoaded(wordsOf(namespace, useMessages().locale));
}

/** The function that changes the page's language. */
export function useSetLocale(): I18nContextValue['setLocale'] {
  return use(I18nContext).setLocale;
}
