import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormDefaults.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { loadRememberedSetup } from './rememberedSetup.ts';
import { setupFromFragment } from './setupLink.ts';

/** What the setup controls tell the user about where the form's contents came from. */
export type SetupNotice = 'fromLink' | 'badLink' | 'cleared';

export interface StartingSetup {
  readonly values: GenerateFormInput;
  readonly notice?: SetupNotice;
}

/**
 * The form as the page opens: a share link's setup wins, then the remembered one, then the
 * defaults. A link is read once and removed from the address bar, so reloading the page does not
 * undo later edits and the link does not linger in history.
 */
export function startingSetup(location: Location, history: History): StartingSetup {
  const linked = setupFromFragment(location.hash);
  if (linked.kind !== 'none') {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  if (linked.kind === 'setup') return { values: linked.values, notice: 'fromLink' };
  const values = loadRememberedSetup() ?? GENERATE_FORM_DEFAULTS;
  return linked.kind === 'unreadable' ? { values, notice: 'badLink' } : { values };
}
