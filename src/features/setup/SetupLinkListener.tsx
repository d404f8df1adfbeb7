import { useEffect } from 'react';
import { useWorkbenchActions } from '../../app/workbenchActions.ts';
import { useGeneratorForm } from '../generate/useGeneratorForm.ts';
import { SETUP_LINK_PREFIX } from './loadStartingSetup.ts';

/**
 * Fills the form from a `#setup=…` link opened while the page is already open (pasted into the
 * address bar, say), loading the code that reads it then. The page's first link is read before
 * the form exists (loadStartingSetup.ts).
 */
export function SetupLinkListener() {
  const form = useGeneratorForm();
  const { notify, showTab } = useWorkbenchActions();
  useEffect(() => {
    const onHashChange = () => {
      if (!window.location.hash.startsWith(SETUP_LINK_PREFIX)) return;
      void Promise.all([import('./startingSetup.ts'), import('./rememberedSetup.ts')]).then(
        ([{ setupLinkOutcome, takeSetupLink }, { loadRememberedSetup }]) => {
          const linked = takeSetupLink(window.location, window.history);
          if (linked.kind === 'none') return;
          const { values, notice } = setupLinkOutcome(linked, loadRememberedSetup());
          if (values) form.reset(values);
          notify(notice);
          showTab('generate');
        },
      );
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [form, notify, showTab]);
  return null;
}
