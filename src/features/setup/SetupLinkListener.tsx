import { useEffect } from 'react';
import { useWorkbenchActions } from '../../app/workbenchActions.ts';
import { useGeneratorForm } from '../generate/generatorForm.tsx';
import { takeSetupLink } from './startingSetup.ts';

/**
 * Fills the form from a `#setup=…` link opened while the page is already open (pasted into the
 * address bar, say). The page's first link is read before the form exists (startingSetup.ts).
 */
export function SetupLinkListener() {
  const form = useGeneratorForm();
  const { notify, showTab } = useWorkbenchActions();
  useEffect(() => {
    const onHashChange = () => {
      const linked = takeSetupLink(window.location, window.history);
      if (!linked) return;
      if (linked.values) form.reset(linked.values);
      notify(linked.notice);
      showTab('generate');
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [form, notify, showTab]);
  return null;
}
