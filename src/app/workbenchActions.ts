import { createContext, use } from 'react';
import type { GenerateFormInput } from '../token/validation/generateFormSchema.ts';

export type WorkbenchTab = 'generate' | 'inspect' | 'compare' | 'code';

/** What the page says about itself, above every tab: about the link it was opened with. */
export type WorkbenchNotice =
  | { readonly kind: 'setupFromLink' }
  | { readonly kind: 'setupLinkUnreadable' }
  /** A setup link arrived while this browser remembers a setup: the user chooses. */
  | { readonly kind: 'setupLinkConflict'; readonly linked: GenerateFormInput }
  | { readonly kind: 'tokenLinkTooLarge' }
  | { readonly kind: 'tokenLinkUnreadable' };

/** What any part of the workbench may ask of the whole, without props threaded down to it. */
export interface WorkbenchActions {
  /** Opens the Inspect tab with this token in it. */
  readonly inspect: (token: string) => void;
  /** Opens the Compare tab with this token as the first one, ready for a second. */
  readonly compare: (token: string) => void;
  readonly showTab: (tab: WorkbenchTab) => void;
  /** Shows a notice above the tabs, replacing the one shown; undefined hides it. */
  readonly notify: (notice: WorkbenchNotice | undefined) => void;
}

const ignore = () => undefined;

export const WorkbenchActionsContext = createContext<WorkbenchActions>({
  inspect: ignore,
  compare: ignore,
  showTab: ignore,
  notify: ignore,
});

/** The workbench's actions. The value never changes, so using it re-renders nothing. */
export function useWorkbenchActions(): WorkbenchActions {
  return use(WorkbenchActionsContext);
}
