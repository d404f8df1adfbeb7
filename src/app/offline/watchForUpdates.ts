/**
 * Notices, in an open tab, that a new version of the app is installed and waits for this tab to
 * let it take over (see serviceWorker.ts: it never does so by itself). Runs on every page with
 * a worker, so it is kept small; what happens then is in UpdateNotice.tsx, loaded only then.
 */

/** How often an open, visible tab asks the server whether there is a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** The parts of the service worker API this uses (fakes in the unit tests). */
export interface WatchedRegistration {
  readonly installing: { addEventListener(type: 'statechange', listener: () => void): void } | null;
  readonly waiting: object | null;
  readonly active: object | null;
  update(): Promise<unknown>;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface WatchedContainer {
  readonly controller: object | null;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface WatchedPage {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * Calls `onUpdate` whenever a new version is waiting for this tab (on load, or once installed)
 * or has taken it over at another tab's request, and asks the server for a new version when the
 * tab is shown again and every hour while it is visible. For the life of the page.
 *
 * @example
 * const registration = await navigator.serviceWorker.register('/sw.js');
 * watchForUpdates(registration, navigator.serviceWorker, document, showUpdateNotice);
 */
export function watchForUpdates(
  registration: WatchedRegistration,
  container: WatchedContainer,
  page: WatchedPage,
  onUpdate: () => void,
): void {
  // A worker waits only when an older one is active: the first install never does.
  const check = () => {
    if (registration.waiting && registration.active) onUpdate();
  };
  const follow = () => {
    registration.installing?.addEventListener('statechange', check);
  };
  check();
  follow();
  registration.addEventListener('updatefound', follow);

  // The first worker taking control of a fresh install is no news. A later one took over because
  // another tab asked: this tab still runs the old build, and its lazy chunks went with the old
  // cache, so it says so too.
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) onUpdate();
    controlled = true;
  });

  const ask = () => {
    if (page.hidden) return;
    registration.update().catch(() => {
      // Offline, or the server is down: the next check tries again.
    });
  };
  page.addEventListener('visibilitychange', ask);
  // Never cleared: it lasts as long as the page. A hidden tab asks when it is shown again.
  setInterval(ask, UPDATE_CHECK_INTERVAL_MS);
}
