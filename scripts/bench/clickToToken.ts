import type { Page } from '@playwright/test';
import { generatorPage } from '../../e2e/support/generatorPage.ts';

/** The token view, as the page's own code must find it (Playwright locators stay in Node). */
const TOKEN_SELECTOR = '[role="textbox"][aria-label="Access Token"]';

/** A token that has not appeared 5 s after the click means the app failed, not that it is slow. */
const TOKEN_TIMEOUT_MS = 5_000;

/** What `installProbe` leaves on the page's `window`. */
export interface ProbeWindow {
  /**
   * Watches for the next click; resolves with the milliseconds from that click's event time to
   * the first frame painted after the "Access Token" textbox shows a token other than the one it
   * shows now. Rejects when no new token comes within the timeout.
   */
  armClickToTokenProbe?: () => Promise<number>;
  pendingClickToToken?: Promise<number>;
}

/**
 * Runs in the page. The end is `requestAnimationFrame` then a task: rAF callbacks run just
 * before a frame is painted, and a task queued from one runs once that frame has been produced.
 *
 * It declares no named inner functions: tsx (esbuild's keepNames) would wrap them in a `__name`
 * helper that exists only in Node, and the page would throw.
 */
function installProbe({ selector, timeoutMs }: { selector: string; timeoutMs: number }): void {
  (window as ProbeWindow).armClickToTokenProbe = () => {
    const previous = document.querySelector(selector)?.textContent ?? '';
    return new Promise<number>((resolve, reject) => {
      let clickedAt: number | undefined;
      const done = new AbortController();
      const observer = new MutationObserver(() => {
        const current = document.querySelector(selector)?.textContent ?? '';
        if (clickedAt === undefined || current === '' || current === previous) return;
        const start = clickedAt;
        done.abort();
        requestAnimationFrame(() => {
          setTimeout(() => {
            resolve(performance.now() - start);
          }, 0);
        });
      });
      const timer = setTimeout(() => {
        done.abort();
        reject(new Error(`no new token within ${String(timeoutMs)} ms of the click`));
      }, timeoutMs);
      done.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        observer.disconnect();
      });
      window.addEventListener(
        'click',
        (event) => {
          // The event's own time, so time spent waiting for a busy main thread counts too.
          clickedAt = event.timeStamp;
        },
        { capture: true, signal: done.signal },
      );
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  };
}

/**
 * Opens the built app, fills the generator with valid values as the e2e tests do, and installs
 * the click-to-token probe.
 */
export async function openFilledGenerator(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await generatorPage(page).fill();
  await page.evaluate(installProbe, { selector: TOKEN_SELECTOR, timeoutMs: TOKEN_TIMEOUT_MS });
}

/**
 * Generates `count` tokens the way a user does, typing an identity and pressing the mouse on
 * "Generate Access Token", and returns each click-to-painted-token time in ms. With `pauseMs`,
 * each click waits that long after the typing (isolated clicks); without, it follows at once,
 * while the previous click's deferred work may still run (clicks back to back). Each token gets its
 * own identity: iat has a one-second resolution, so only the identity makes tokens differ.
 *
 * The fields are found by label and role once; each click is then a plain mouse click on the
 * button's centre, so Playwright's locator and actionability work (tens of ms on a throttled
 * page) does not compete with the app for the main thread between measurements.
 */
export async function clickToTokenTimes(
  page: Page,
  count: number,
  identityPrefix: string,
  { pauseMs = 0 }: { pauseMs?: number } = {},
): Promise<number[]> {
  const generator = generatorPage(page);
  const identity = await generator.identity.elementHandle();
  const button = await generator.generateButton.elementHandle();
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      await identity.fill(`${identityPrefix}-${i}`);
      // Disabled while the previous submit finishes, as a user would find it.
      await page.waitForFunction((element) => !(element as HTMLButtonElement).disabled, button, {
        polling: 'raf',
      });
      await button.scrollIntoViewIfNeeded();
      // An isolated click comes after the page has long finished the previous one's work.
      if (pauseMs > 0) await page.waitForTimeout(pauseMs);
      const box = await button.boundingBox();
      if (!box) throw new Error('the Generate Access Token button is not visible');
      await page.evaluate(() => {
        const probeWindow = window as ProbeWindow;
        if (!probeWindow.armClickToTokenProbe) throw new Error('the probe is not installed');
        probeWindow.pendingClickToToken = probeWindow.armClickToTokenProbe();
      });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      times.push(
        await page.evaluate(() => {
          const pending = (window as ProbeWindow).pendingClickToToken;
          if (!pending) throw new Error('the probe was not armed');
          return pending;
        }),
      );
    }
  } finally {
    await identity.dispose();
    await button.dispose();
  }
  return times;
}
