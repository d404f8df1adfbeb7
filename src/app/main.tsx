import './styles.ts';
import './offline/registerServiceWorker.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { en, type Messages } from '../i18n/en.ts';
import { initialLocale } from '../i18n/languagePreference.ts';
import { loadMessages } from '../i18n/loadMessages.ts';
import { HTML_LANG } from '../i18n/locale.ts';
import { App } from './App.tsx';
import { readStartLinks } from './links/links.ts';
import type { Start } from './links/readLinks.ts';

function render(messages: Messages, start: Start) {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  document.documentElement.lang = HTML_LANG[messages.locale];
  // In a transition, React renders the first screen in slices of a few milliseconds, so the
  // page stays responsive while it starts instead of blocking for the whole first render.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App messages={messages} start={start} />
      </StrictMode>,
    );
  });
}

// The language, the form's starting values and a linked token are settled before the first
// render, so nobody sees English flash into Japanese or an empty form fill itself. What cannot
// load (offline before it was ever cached) falls back to English, the defaults, no token.
// Not a top-level await: the language chunk imports this one, which must finish evaluating first.
void Promise.all([
  loadMessages(initialLocale()).catch(() => en),
  readStartLinks(window.location, window.history),
]).then(([messages, start]) => {
  render(messages, start);
});
