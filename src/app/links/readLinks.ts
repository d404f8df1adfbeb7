import { readTokenLink, type TokenLink } from '../../features/inspect/tokenLink.ts';
import { loadRememberedSetup } from '../../features/setup/rememberedSetup.ts';
import { setupFromFragment, type SetupFromLink } from '../../features/setup/setupLink.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';

/**
 * Reading the links in the address bar, strictly (they come from outside): `#setup=…` (a form's
 * setup) and `#token=…` (a token to inspect). Loaded by links.ts only when the fragment names a
 * link, or a remembered setup needs reading.
 */

/** What the page says, above every tab, about a link it was opened with. */
export type LinkNotice =
  | { readonly kind: 'setupFromLink' }
  | { readonly kind: 'setupLinkUnreadable' }
  /** A setup link arrived while this browser remembers a setup: the user chooses. */
  | { readonly kind: 'setupLinkConflict'; readonly linked: GenerateFormInput }
  | { readonly kind: 'tokenLinkTooLarge' }
  | { readonly kind: 'tokenLinkUnreadable' }
  /** Not a link: "Edit in Generate" filled the form from a token, and the secret is asked for. */
  | { readonly kind: 'formFromToken' };

/** What the page opens with: the form's values, a token to inspect, what the page says. */
export interface Start {
  readonly values: GenerateFormInput;
  readonly token?: string;
  readonly notice?: LinkNotice;
}

/** What a link that arrives while the page is open does. */
export interface LinkHandlers {
  /** A setup link: the values the form gets, if any, and what the page says. */
  readonly setup: (values: GenerateFormInput | undefined, notice: LinkNotice) => void;
  readonly token: (token: string) => void;
  /** A link that cannot be used: what the page says. */
  readonly unusable: (notice: LinkNotice) => void;
}

/** What a setup link does to the form: the values it gets, if any, and what the page says. */
export interface LinkOutcome {
  readonly values?: GenerateFormInput;
  readonly notice?: LinkNotice;
}

/**
 * A link fills the form only when this browser remembers no setup of its own; otherwise the
 * form keeps what was remembered and the user is asked, so a link can never overwrite it
 * unseen. An unreadable link changes nothing and says so.
 *
 * @example
 * ```ts
 * setupLinkOutcome({ kind: 'setup', values }, undefined); // { values, notice: setupFromLink }
 * ```
 */
export function setupLinkOutcome(
  linked: SetupFromLink,
  remembered: GenerateFormInput | undefined,
): LinkOutcome {
  switch (linked.kind) {
    case 'none':
      return {};
    case 'unreadable':
      return { notice: { kind: 'setupLinkUnreadable' } };
    case 'setup':
      return remembered
        ? { notice: { kind: 'setupLinkConflict', linked: linked.values } }
        : { values: linked.values, notice: { kind: 'setupFromLink' } };
  }
}

/** What the page says about a token link: nothing unless it cannot be used. */
function tokenLinkNotice(link: TokenLink): LinkNotice | undefined {
  if (link.kind !== 'unusable') return undefined;
  return { kind: link.reason === 'tooLarge' ? 'tokenLinkTooLarge' : 'tokenLinkUnreadable' };
}

/**
 * The links in the address bar, read once: a link either reader recognises leaves the address
 * bar and its history entry, so that a reload or Back does not bring back a token (a credential
 * until it expires) or undo later edits to the form.
 */
function takeLinks(location: Location, history: History) {
  const { hash } = location;
  const setup = setupFromFragment(hash);
  const token = readTokenLink(hash);
  if (setup.kind !== 'none' || token.kind !== 'none') {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  return { setup, token, remembered: loadRememberedSetup() };
}

/**
 * The page as it opens: a setup link's values, or the remembered setup (a link never replaces
 * it without asking), or the defaults; a linked token opens in Inspect.
 */
export function readStart(location: Location, history: History): Start {
  const { setup, token, remembered } = takeLinks(location, history);
  const { values, notice } = setupLinkOutcome(setup, remembered);
  return {
    values: values ?? remembered ?? GENERATE_FORM_DEFAULTS,
    ...(token.kind === 'token' ? { token: token.token } : {}),
    notice: notice ?? tokenLinkNotice(token),
  };
}

/** A link that arrived while the page is open, read like the first one and handed on. */
export function followLinks(location: Location, history: History, handlers: LinkHandlers): void {
  const { setup, token, remembered } = takeLinks(location, history);
  const { values, notice } = setupLinkOutcome(setup, remembered);
  if (notice) handlers.setup(values, notice);
  if (token.kind === 'token') handlers.token(token.token);
  const unusable = tokenLinkNotice(token);
  if (unusable) handlers.unusable(unusable);
}
