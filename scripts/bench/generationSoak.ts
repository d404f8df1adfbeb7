import type { CDPSession, ElementHandle, Page } from '@playwright/test';
import { generatorPage } from '../../e2e/support/generatorPage.ts';
import type { ProbeWindow } from './clickToToken.ts';
import { median } from './stats.ts';

export interface SoakResult {
  generations: number;
  /**
   * JS heap in use after a full garbage collection, in bytes: before, halfway and after. The
   * first few hundred generations grow it by a megabyte or so that then stays flat (compiled code,
   * caches); a leak keeps growing in the second half too.
   */
  heapBefore: number;
  heapHalfway: number;
  heapAfter: number;
  /** Median click-to-painted-token ms of the first and of the last `windowSize` generations. */
  firstMedian: number;
  lastMedian: number;
  windowSize: number;
}

/** Generations per `page.evaluate`, so a stuck page fails within one batch. */
const BATCH = 100;

/**
 * Runs in the page: `count` generations back to back, each a new identity typed into the field
 * (through the native value setter and an input event, as React expects), the focus moved to the
 * button as a pointer press would, then a click. Times each with the probe from clickToToken.ts.
 * No named inner functions, for the reason given there.
 */
async function generateInPage({
  identity,
  button,
  prefix,
  count,
}: {
  identity: HTMLInputElement;
  button: HTMLButtonElement;
  prefix: string;
  count: number;
}): Promise<number[]> {
  const arm = (window as ProbeWindow).armClickToTokenProbe;
  // React tracks an input's value through this setter; set it through the prototype's instead.
  const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  if (!arm) throw new Error('the probe is not installed');
  if (!valueProperty?.set) throw new Error('inputs have no value setter');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    identity.focus();
    valueProperty.set.call(identity, `${prefix}-${i}`);
    identity.dispatchEvent(new Event('input', { bubbles: true }));
    button.focus();
    // The button is disabled while the previous submit finishes; a user could not click it either.
    for (let frames = 0; button.disabled; frames++) {
      if (frames > 300) throw new Error('the Generate button stayed disabled for 300 frames');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const painted = arm();
    button.click();
    times.push(await painted);
  }
  return times;
}

async function heapUsedAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: objects with finalizers or weak references can need a second pass to go.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}

/**
 * `generations` tokens in one page session (the page must be open, filled and probed, see
 * `openFilledGenerator`): the JS heap after GC before, halfway and after, and the median latency
 * of the first and last `windowSize`, to show that nothing leaks and nothing slows down.
 */
export async function soakGenerations(
  page: Page,
  generations = 1_000,
  windowSize = 100,
): Promise<SoakResult> {
  const generator = generatorPage(page);
  const identity = (await generator.identity.elementHandle()) as ElementHandle<HTMLInputElement>;
  const button =
    (await generator.generateButton.elementHandle()) as ElementHandle<HTMLButtonElement>;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const halfway = Math.floor(generations / 2);
    const heapBefore = await heapUsedAfterGc(cdp);
    let heapHalfway = heapBefore;
    const times: number[] = [];
    while (times.length < generations) {
      const done = times.length;
      const count = Math.min(BATCH, (done < halfway ? halfway : generations) - done);
      const prefix = `soak-${done}`;
      times.push(...(await page.evaluate(generateInPage, { identity, button, prefix, count })));
      if (times.length === halfway) heapHalfway = await heapUsedAfterGc(cdp);
    }
    const heapAfter = await heapUsedAfterGc(cdp);
    return {
      generations,
      heapBefore,
      heapHalfway,
      heapAfter,
      firstMedian: median(times.slice(0, windowSize)),
      lastMedian: median(times.slice(-windowSize)),
      windowSize,
    };
  } finally {
    await cdp.detach();
    await identity.dispose();
    await button.dispose();
  }
}
