import { loadTokenLink, NO_TOKEN_LINK } from '../features/inspect/loadTokenLink.ts';
import type { TokenLink } from '../features/inspect/shareLink.ts';
import { loadStartingSetup, type StartingSetup } from '../features/setup/loadStartingSetup.ts';
import { GENERATE_FORM_DEFAULTS } from '../token/validation/generateFormSchema.ts';

/** What the page opens with: the form's values, and a token link to inspect if there is one. */
export interface Start {
  readonly setup: StartingSetup;
  readonly token: TokenLink;
}

/**
 * Reads the links the page was opened with, once, before the first render: a setup link (or
 * the remembered setup), then a token link. Code that cannot load (offline before it was ever
 * cached) leaves the defaults and no token.
 */
export async function loadStart(location: Location, history: History): Promise<Start> {
  const setup = await loadStartingSetup(location, history).catch(() => ({
    values: GENERATE_FORM_DEFAULTS,
  }));
  const token = await loadTokenLink(location, history).catch(() => NO_TOKEN_LINK);
  return { setup, token };
}
