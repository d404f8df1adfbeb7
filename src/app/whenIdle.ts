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
