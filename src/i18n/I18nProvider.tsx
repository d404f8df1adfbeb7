import { createContext, use, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';

const MessagesContext = createContext<Messages>(en);

/** Provides the UI's messages. English only for now; the provider is where the language will switch. */
export function I18nProvider({
  messages = en,
  children,
}: {
  messages?: Messages;
  children: ReactNode;
}) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

export function useMessages(): Messages {
  return use(MessagesContext);
}
