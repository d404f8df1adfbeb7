import type { WorkbenchNotice } from '../../app/workbenchActions.ts';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { hasRememberedSetup } from './setupStorageKey.ts';

export interface StartingSetup {
  readonly values: GenerateFormInput;
  readonly notice?: WorkbenchNotice;
}

export const SETUP_LINK_PREFIX = '#setup=';

/**
 * The form as the page opens: the defaults, unless a setup link or a remembered setup says
 * otherwise. The code that reads those (strictly: they come from outside) loads only when there
 * is one, like a language's words, before the first render.
 */
export async function loadStartingSetup(
  location: Location,
  history: History,
): Promise<StartingSetup> {
  if (!location.hash.startsWith(SETUP_LINK_PREFIX) && !hasRememberedSetup()) {
    return { values: GENERATE_FORM_DEFAULTS };
  }
  const { startingSetup } = await import('./startingSetup.ts');
  return startingSetup(location, history);
}
