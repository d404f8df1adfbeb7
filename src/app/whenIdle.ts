/**
 * The performance mark the workbench sets when the first screen is idle and it starts preloading
 * what comes next. The size budget counts what was fetched before it as the first load.
 */
export const IDLE_PRELOAD_MARK = 'access-token-lab:idle-preload';

/**
 * Runs `task` once the page has nothing better to do (after the first paint and its work), or
 * after `timeoutMs` at the latest. Returns the function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  // Safari has no requestIdleCallback: a short delay lets the first paint go first.
  const handle = setTimeout(task, 200);
  return () => {
    clearTimeout(handle);
  };
}

/**
 * Starts each load in an idle period of its own, one after the other finished: starting a chunk
 * (its module and style links, then its evaluation) costs the page a few milliseconds, and ten
 * at once would add up to one long task. A load that fails is skipped; whoever uses the part
 * loads it again and says so if it fails again. Returns the function that stops the queue.
 */
export function preloadWhenIdle(loads: readonly (() => Promise<unknown>)[]): () => void {
  let stopped = false;
  let cancel: () => void = () => undefined;
  const next = (index: number) => {
    const load = loads[index];
    if (stopped || !load) return;
    cancel = whenIdle(() => {
      if (index === 0) performance.mark(IDLE_PRELOAD_MARK);
      load().then(
        () => {
          next(index + 1);
        },
        () => {
          next(index + 1);
        },
      );
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}
