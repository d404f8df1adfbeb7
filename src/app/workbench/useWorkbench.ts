import { useMemo, useState } from 'react';
import type { CompareInputs } from '../../features/compare/compareInputs.ts';
import type { WorkbenchActions } from '../../features/workbenchActions.ts';
import type { LinkNotice, Start } from '../links/readLinks.ts';

export type WorkbenchTab = 'generate' | 'inspect' | 'compare' | 'code';

/**
 * What the workbench holds: the open tab, what the Inspect and Compare boxes hold (so that
 * "Inspect", "Compare with…" and links can fill them), and the notice above the tabs; and the
 * actions its views may ask for, which never change.
 */
export function useWorkbench(start: Start) {
  const [notice, setNotice] = useState<LinkNotice | undefined>(start.notice);
  // A token link (#token=…) opens the inspector with its token.
  const [tab, setTab] = useState<WorkbenchTab>(start.token === undefined ? 'generate' : 'inspect');
  const [inspectInput, setInspectInput] = useState(start.token ?? '');
  const [compareInputs, setCompareInputs] = useState<CompareInputs>({
    first: '',
    second: '',
    focusSecond: false,
  });
  const actions = useMemo<WorkbenchActions>(
    () => ({
      inspect: (token) => {
        setInspectInput(token);
        setTab('inspect');
      },
      compare: (token) => {
        setCompareInputs((inputs) => ({ ...inputs, first: token, focusSecond: true }));
        setTab('compare');
      },
      showGenerate: () => {
        setTab('generate');
      },
      dismissNotice: () => {
        setNotice(undefined);
      },
    }),
    [],
  );
  return {
    tab,
    setTab,
    inspectInput,
    setInspectInput,
    compareInputs,
    setCompareInputs,
    notice,
    setNotice,
    actions,
  };
}
