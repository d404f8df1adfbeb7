import { hasRememberedSetup } from '../../features/setup/setupStorageKey.ts';
import { laterPart } from '../../i18n/laterPart.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { LinkHandlers, Start } from './readLinks.ts';

/**
 * The links the page reads from the address bar: `#setup=…` fills the form, `#token=…` opens a
 * token in Inspect. They are read here and nowhere else: once before the first render, then on
 * every `hashchange`. The code that reads them (readLinks.ts) loads only when the fragment names
 * one, or a remembered setup needs reading: most visits have neither.
 */
const reader = laterPart(() => import('./readLinks.ts'));

const NO_LINK: Start = { values: GENERATE_FORM_DEFAULTS };

/** The readers' own test for "this is one of our links", before anything is decoded. */
const namesLink = (hash: string) =>
  hash.startsWith('#setup=') ||
  hash
    .slice(1)
    .split('&')
    .some((pair) => pair.startsWith('token='));

/**
 * Reads the links the page was opened with, once, before the first render. Code that cannot
 * load (offline before it was ever cached) leaves the defaults and no token.
 */
export async function readStartLinks(location: Location, history: History): Promise<Start> {
  if (!namesLink(location.hash) && !hasRememberedSetup()) return NO_LINK;
  return reader
    .load()
    .then(({ readStart }) => readStart(location, history))
    .catch(() => NO_LINK);
}

/**
 * The page's one `hashchange` listener: a link pasted into the address bar of the open page is
 * read like the first one. Returns the function that stops listening.
 */
export function listenForLinks(handlers: LinkHandlers): () => void {
  const { location, history } = window;
  const onHashChange = () => {
    if (!namesLink(location.hash)) return;
    void reader.load().then(({ followLinks }) => {
      followLinks(location, history, handlers);
    });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    window.removeEventListener('hashchange', onHashChange);
  };
}
