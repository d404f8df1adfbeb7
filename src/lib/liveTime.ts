import { useSyncExternalStore } from 'react';

/**
 * One clock for the page, ticking once a second while any component shows a live time, and not
 * at all otherwise. Components read what they show of it through a selector, so a row that says
 * "59 min left" renders when that text changes, not every second.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * What `select` makes of the current time (in ms), kept live. `select` should return a string,
 * number or boolean, so an unchanged answer renders nothing.
 *
 * @example
 * ```ts
 * const expired = useLiveTime((nowMs) => nowMs / 1000 >= exp);
 * ```
 */
export function useLiveTime<T extends string | number | boolean>(select: (nowMs: number) => T): T {
  return useSyncExternalStore(subscribe, () => select(now));
}
