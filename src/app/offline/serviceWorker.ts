/**
 * The service worker that makes the app work offline after the first visit. Built into `/sw.js`
 * by `serviceWorkerPlugin.ts`, which strips the types and puts the build's file list in front as
 * `PRECACHE`. It runs as a classic script: nothing may be imported at runtime.
 *
 * - install: download every file of this build into a cache named after the build.
 * - fetch: serve those files from that cache, and every navigation with the cached index.html
 *   (the app is one page). Anything else, such as other origins or `chrome-extension:` URLs, is not
 *   touched, so the worker never makes a request the page itself would not make.
 * - activate: delete the caches of earlier builds, and control the page that registered us.
 * - message `skipWaiting` (`SKIP_WAITING` in switchToUpdate.ts): take over now. The user pressed
 *   "Reload to update", and that page reloads once we control it.
 *
 * A new build has a new cache name, so its sw.js differs and the browser installs it beside the
 * running one. It takes over only when no tab runs the old build, or when a tab asks (no
 * `skipWaiting()` at install): an open tab may still lazy-load a chunk that only the old cache
 * holds, and a reload empties its form.
 */
import type { Precache } from './serviceWorkerPlugin.ts';

declare const PRECACHE: Precache;

// tsconfig's DOM library lacks the service worker's types, and its WebWorker library cannot join
// the same program; these are the parts this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: { readonly href: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;

/** Only caches with this prefix are ours to delete; anything else on the origin is left alone. */
const CACHE_PREFIX = 'access-token-lab-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
const absolute = (url: string) => new URL(url, self.location.href).href;
const PRECACHED = new Set(PRECACHE.urls.map(absolute));
/** index.html is cached under the app's root URL, the one users open and start_url names. */
const INDEX = absolute('./');

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

self.addEventListener('message', (event) => {
  // Only pages of this origin can message us, and waiting is all this skips: activate still
  // replaces the old cache, and every tab of the old build is told (see watchForUpdates.ts).
  if (event.data === 'skipWaiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = request.mode === 'navigate' ? INDEX : request.url;
  if (!PRECACHED.has(url)) return;
  event.respondWith(fromCache(url, request));
});

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  // 'no-cache' revalidates with the server, so an index.html left in the HTTP cache by an older
  // build cannot end up in this build's cache. 'low' lets a chunk the user asks for meanwhile
  // (their first click on the form, a tab) go first.
  await cache.addAll(
    PRECACHE.urls.map((url) => new Request(url, { cache: 'no-cache', priority: 'low' })),
  );
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)),
  );
  // On the first visit this makes the page that installed us use the cache for its lazy chunks
  // at once. On an update it changes nothing: the pages the old worker controlled, if any (after
  // skipWaiting), pass to us as we activate, claim or not.
  await self.clients.claim();
}

async function fromCache(url: string, request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  // A cache the browser evicted is no reason to fail: go to the network as if we were not here.
  return (await cache.match(url)) ?? fetch(request);
}
