import { useEffect } from 'react';
import { useGeneratorForm } from '../../features/generate/useGeneratorForm.ts';
import { listenForLinks } from './links.ts';
import type { LinkNotice } from './readLinks.ts';

/**
 * Follows a link that arrives while the page is open: a setup link fills the form (or asks, when
 * this browser remembers a setup) and shows Generate; a token link opens Inspect. Renders
 * nothing; it sits inside the form's provider to reach the form.
 */
export function LinkListener({
  inspect,
  notify,
  showTab,
}: {
  inspect: (token: string) => void;
  notify: (notice: LinkNotice | undefined) => void;
  showTab: (tab: 'generate') => void;
}) {
  const form = useGeneratorForm();
  useEffect(
    () =>
      listenForLinks({
        setup: (values, notice) => {
          if (values) form.reset(values);
          notify(notice);
          showTab('generate');
        },
        token: inspect,
        unusable: notify,
      }),
    [form, inspect, notify, showTab],
  );
  return null;
}
