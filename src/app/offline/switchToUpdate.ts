/**
 * What "Reload to update" does: the waiting worker takes over, and the page reloads once it
 * controls it. Loaded with UpdateNotice.tsx, only when there is an update.
 */

/** The message serviceWorker.ts answers with `skipWaiting()`. */
export const SKIP_WAITING = 'skipWaiting';

/** The parts of the service worker API this uses (fakes in the unit tests). */
export interface SwitchingContainer {
  getRegistration(): Promise<
    { readonly waiting: { postMessage(message: unknown): void } | null } | undefined
  >;
  addEventListener(type: 'controllerchange', listener: () => void, options: { once: true }): void;
}

/**
 * The button's action. It reloads exactly once, when the new worker takes control, however often
 * it is pressed; when no worker waits (another tab has switched already), it reloads at once.
 *
 * @example
 * const reloadToUpdate = updateSwitcher(navigator.serviceWorker, () => location.reload());
 * <Button onClick={reloadToUpdate}>Reload to update</Button>
 */
export function updateSwitcher(container: SwitchingContainer, reload: () => void): () => void {
  let listening = false;
  return () => {
    container.getRegistration().then((registration) => {
      const waiting = registration?.waiting;
      if (!waiting) {
        reload();
        return;
      }
      if (!listening) {
        listening = true;
        container.addEventListener('controllerchange', reload, { once: true });
      }
      // A newer worker may have replaced the one waiting when the notice appeared: this asks
      // whichever waits now.
      waiting.postMessage(SKIP_WAITING);
    }, reload);
  };
}
