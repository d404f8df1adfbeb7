import { startTransition, useEffect, useState } from 'react';

/** A promise as React's `use` reads it: once settled, `use` answers without suspending. */
type TrackedPromise<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

export interface Preloadable<T> {
  /**
   * Starts loading, once, and returns the same promise on every call. React's `use` reads it
   * synchronously once it has settled, so a preloaded module never shows a fallback.
   */
  load(): Promise<T>;
  /** What was loaded, or undefined until it has. */
  readonly value: T | undefined;
  /** Calls `listener` once it has loaded; returns the function that stops listening. */
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * Something loaded once, on purpose, before it is needed (a lazy chunk, a language's words) and
 * kept for the life of the page. A failed load (offline before the chunk was cached) is
 * forgotten, so the next `load()` tries again.
 *
 * @example
 * ```ts
 * const inspectView = preloadable(() => import('./InspectView.tsx'));
 * requestIdleCallback(() => void inspectView.load());
 * const { InspectView } = use(inspectView.load()); // in a component
 * ```
 */
export function preloadable<T>(importer: () => Promise<T>): Preloadable<T> {
  let promise: TrackedPromise<T> | undefined;
  const listeners = new Set<() => void>();
  return {
    load() {
      if (promise) return promise;
      const tracked: TrackedPromise<T> = importer().then(
        (value) => {
          tracked.status = 'fulfilled';
          tracked.value = value;
          for (const listener of listeners) listener();
          return value;
        },
        (reason: unknown) => {
          tracked.status = 'rejected';
          tracked.reason = reason;
          promise = undefined;
          throw reason;
        },
      );
      tracked.status = 'pending';
      promise = tracked;
      return tracked;
    },
    get value() {
      return promise?.status === 'fulfilled' ? promise.value : undefined;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const NOTHING_ELSE: readonly Preloadable<unknown>[] = [];

/**
 * What `module` loaded, once it and everything in `needs` have loaded, or undefined until then,
 * without starting any load: for a part that shows up once something else (the idle preload) has
 * fetched it. It shows up in a transition, so drawing it never blocks the page. `needs` should
 * keep its identity between renders.
 */
export function useLoaded<T>(
  module: Preloadable<T>,
  needs: readonly Preloadable<unknown>[] = NOTHING_ELSE,
): T | undefined {
  // Each only ever goes from not loaded to loaded, so reading them here cannot tear.
  const value = needs.every((need) => need.value !== undefined) ? module.value : undefined;
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (value !== undefined) return;
    const show = () => {
      if ([module, ...needs].some((each) => each.value === undefined)) return;
      startTransition(() => {
        setLoads((count) => count + 1);
      });
    };
    // They may have loaded between this render and this effect.
    show();
    const stops = [module, ...needs].map((each) => each.subscribe(show));
    return () => {
      for (const stop of stops) stop();
    };
  }, [module, needs, value]);
  return value;
}
