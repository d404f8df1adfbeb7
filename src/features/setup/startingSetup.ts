import type { WorkbenchNotice } from '../../app/workbenchActions.ts';
import type { StartingSetup } from './loadStartingSetup.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { loadRememberedSetup } from './rememberedSetup.ts';
import { setupFromFragment, type SetupFromLink } from './setupLink.ts';

/**
 * The `#setup=…` link in the address bar, read once and removed from the address bar, so
 * reloading the page does not undo later edits and the link does not linger in history.
 * `none` when there is no setup link.
 */
export function takeSetupLink(location: Location, history: History): SetupFromLink {
  const linked = setupFromFragment(location.hash);
  if (linked.kind !== 'none') {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  return linked;
}

/** What a setup link does to the form: the values it gets, if any, and what the page says. */
export interface LinkOutcome {
  readonly values?: GenerateFormInput;
  readonly notice?: WorkbenchNotice;
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

/**
 * The form as the page opens: a share link's setup, or the remembered one (a link never
 * replaces it without asking), or the defaults.
 */
export function startingSetup(location: Location, history: History): StartingSetup {
  const remembered = loadRememberedSetup();
  const { values, notice } = setupLinkOutcome(takeSetupLink(location, history), remembered);
  return { values: values ?? remembered ?? GENERATE_FORM_DEFAULTS, notice };
}
