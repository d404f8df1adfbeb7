import { startTransition, useEffect, useState } from 'react';

const waiting = new Set<() => void>();
let scheduled = false;

/** The Prioritized Task Scheduling API, where the browser has it (Chromium does, jsdom not). */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Queues `run` after everything the browser already has to do: at background priority where the
 * browser can rank tasks, so input, timers and the next frame all go first; a plain task where
 * it cannot.
 */
function whenNothingElse(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler) {
    scheduler.postTask(run, { priority: 'background' }).catch(() => undefined);
  } else {
    setTimeout(run, 0);
  }
}

/**
 * Runs `task` once the frame now being prepared has been painted: a requestAnimationFrame
 * callback runs just before a frame is drawn, and a task queued from it runs after. That task
 * yields to the browser's own (input, a click right behind this one), so what follows a token
 * never stands between a user and the next one. Tasks asked for in the same frame share one
 * callback and one task. Returns the function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  waiting.add(task);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      whenNothingElse(() => {
        scheduled = false;
        const due = [...waiting];
        waiting.clear();
        for (const run of due) run();
      });
    });
  }
  return () => {
    waiting.delete(task);
  };
}

/**
 * `value` as it was when the screen last showed it: it follows `value` one painted frame later,
 * in a transition. For the parts of a view that may follow what changed (a decoded panel, a
 * history) but must never delay the frame that shows it.
 *
 * @example
 * ```tsx
 * const explained = useAfterPaint(token); // the token shows at once, its explanation a frame later
 * ```
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterNextPaint(() => {
      startTransition(() => {
        setPainted(value);
      });
    });
  }, [value, painted]);
  return painted;
}

/**
 * False on the first render, then true in a transition started once `ready` (true by default)
 * has been committed. For sections below the fold: each is drawn in a pass of its own that
 * React slices and the browser may paint before, so no single render, commit and layout holds
 * up the page for long. Chain them to draw one after the other. No timer is involved, so it
 * works the same under a frozen clock.
 *
 * @example
 * ```ts
 * const grants = useShownLater();
 * const options = useShownLater(grants); // a pass later
 * ```
 */
export function useShownLater(ready = true): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    startTransition(() => {
      setShown(true);
    });
  }, [ready, shown]);
  return shown;
}
