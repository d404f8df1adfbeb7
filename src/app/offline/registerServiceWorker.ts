/**
 * Registers the service worker (`serviceWorker.ts`, built into /sw.js) that keeps the app working
 * offline after the first visit. Imported once, for this side effect, by main.tsx, whose module
 * scripts always run before `load`.
 *
 * Production builds only: in the dev server a cache-first worker would serve stale modules, and
 * sw.js is only made by the build. After `load`, so that downloading the whole build for the cache
 * never competes with the first screen.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
        // Offline use is an extra. Where workers are unavailable (some private windows, blocked
        // by policy) the app works as before, and a console message would only alarm.
      });
    },
    { once: true },
  );
}
