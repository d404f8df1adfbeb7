import type { WorkbenchNotice } from '../../app/workbenchActions.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormDefaults.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { loadRememberedSetup } from './rememberedSetup.ts';
import { setupFromFragment } from './setupLink.ts';

export interface LinkedSetup {
  /** The link's setup; absent when the link could not be read. */
  readonly values?: GenerateFormInput;
  readonly notice: Extract<WorkbenchNotice, 'setupFromLink' | 'setupLinkUnreadable'>;
}

/**
 * The setup a `#setup=…` link in the address bar carries, or `undefined` when there is none.
 * The link is read once and removed from the address bar, so reloading the page does not undo
 * later edits and the link does not linger in history.
 */
export function takeSetupLink(location: Location, history: History): LinkedSetup | undefined {
  const linked = setupFromFragment(location.hash);
  if (linked.kind === 'none') return undefined;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return linked.kind === 'setup'
    ? { values: linked.values, notice: 'setupFromLink' }
    : { notice: 'setupLinkUnreadable' };
}

/**
 * The form as the page opens: a share link's setup wins, then the remembered one, then the
 * defaults.
 */
export function startingSetup(
  location: Location,
  history: History,
): { readonly values: GenerateFormInput; readonly notice?: LinkedSetup['notice'] } {
  const linked = takeSetupLink(location, history);
  const values = linked?.values ?? loadRememberedSetup() ?? GENERATE_FORM_DEFAULTS;
  return linked ? { values, notice: linked.notice } : { values };
}
