/**
 * What the Compare tab's two boxes hold. The workbench owns it, so "Compare with…" can fill the
 * first box from any tab, and switching tabs loses nothing.
 */
export interface CompareInputs {
  readonly first: string;
  readonly second: string;
  /** Set by "Compare with…": the second box takes the focus once the tab shows, then it clears. */
  readonly focusSecond: boolean;
}
