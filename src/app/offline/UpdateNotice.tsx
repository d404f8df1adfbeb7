/**
 * Tells this tab that a new version of the app is waiting, with the button that switches to it.
 * Importing this module starts watching for one: the workbench loads it once the first screen is
 * idle, and the shell shows `UpdateNotice` in the polite live region it keeps for it.
 *
 * One chunk for the watcher and the notice, loaded whether or not there is news: when another tab
 * switches, the old build's cache goes, and a chunk fetched only then could be gone with it.
 */
import { Button, Group, Paper, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useMessages } from '../../i18n/I18nProvider.tsx';
import { updateSwitcher } from './switchToUpdate.ts';
import { watchForUpdates } from './watchForUpdates.ts';

let waiting = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

// Production builds only, as registerServiceWorker.ts. `ready` waits for an active worker: on a
// first visit, until the install is done, and nothing can wait before that.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  void container.ready.then((registration) => {
    watchForUpdates(registration, container, document, () => {
      waiting = true;
      for (const listener of listeners) listener();
    });
  });
}

const reloadToUpdate = updateSwitcher(navigator.serviceWorker, () => {
  window.location.reload();
});

/** Nothing until a new version waits; then what reloading means, and "Reload to update". */
export function UpdateNotice() {
  const { app } = useMessages();
  const shown = useSyncExternalStore(subscribe, () => waiting);
  if (!shown) return null;
  return (
    <Paper withBorder p="sm" mb="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{app.updateReady}</Text>
        <Button size="xs" onClick={reloadToUpdate}>
          {app.reloadToUpdate}
        </Button>
      </Group>
    </Paper>
  );
}
