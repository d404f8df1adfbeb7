import { createContext, use } from 'react';

/**
 * What a view may ask of the workbench around it (the app shell's tabs), without props threaded
 * down to it. The shell provides them (app/workbench/); a view only knows this contract.
 */
export interface WorkbenchActions {
  /** Opens the Inspect tab with this token in it. */
  readonly inspect: (token: string) => void;
  /** Opens the Compare tab with this token as the first one, ready for a second. */
  readonly compare: (token: string) => void;
  /** Opens the Generate tab, where the form is (the Code tab's links to a field use it). */
  readonly showGenerate: () => void;
  /** Hides the notice above the tabs about the link the page was opened with. */
  readonly dismissNotice: () => void;
}

const ignore = () => undefined;

export const WorkbenchActionsContext = createContext<WorkbenchActions>({
  inspect: ignore,
  compare: ignore,
  showGenerate: ignore,
  dismissNotice: ignore,
});

/** The workbench's actions. The value never changes, so using it re-renders nothing. */
export function useWorkbenchActions(): WorkbenchActions {
  return use(WorkbenchActionsContext);
}
