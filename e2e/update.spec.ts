import type { Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { installed } from './support/serviceWorker.ts';
import { test as guarded, expect } from './support/test.ts';
import { serveTwoBuilds, TAGLINE_B, type TwoBuilds } from './support/twoBuilds.ts';

// Two builds of the app on one origin of the test's own (its own port, so no other spec's worker
// or caches are in the way); every page of this spec opens it.
const test = guarded.extend<object, { site: TwoBuilds }>({
  site: [
    async ({}, use) => {
      const site = await serveTwoBuilds();
      await use(site);
      await site.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  // Not named `use` here: the React hooks lint rule would take it for React's.
  baseURL: async ({ site }, provide) => {
    await provide(site.origin);
  },
});

/** How many documents the page has loaded so far: one per navigation or reload. */
function countLoads(page: Page): { readonly count: number } {
  let count = 0;
  page.on('load', () => (count += 1));
  return {
    get count() {
      return count;
    },
  };
}

/** The notice: a polite status region holding the words and the button. */
function updateNotice(page: Page) {
  const region = page.getByRole('status').filter({ hasText: en.app.updateReady });
  return {
    region,
    button: region.getByRole('button', { name: 'Reload to update', exact: true }),
    anyButton: page.getByRole('button', { name: 'Reload to update' }),
  };
}

const tagline = (page: Page, text: string) => page.getByText(text, { exact: true });

/** What the browser tells the page about its registration's workers. */
function workers(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      installing: Boolean(registration?.installing),
      waiting: Boolean(registration?.waiting),
    };
  });
}

/** The browser shows the tab again (after another tab or a minimized window). */
async function showTabAgain(page: Page): Promise<void> {
  // Headless Chromium never hides a page; this is the event it would fire, with the state
  // (visible) it would then have.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test('a waiting version is announced, and “Reload to update” switches to it with one reload', async ({
  page,
  context,
  site,
}) => {
  // Two builds installed, two tabs, four page loads.
  test.slow();
  site.serve('A');
  await page.clock.install();
  const loads = countLoads(page);
  await page.goto('/');
  await installed(page);
  await expect(tagline(page, en.app.tagline)).toBeVisible();

  await test.step('with no new build, showing the tab again checks and finds nothing', async () => {
    // The check starts once the page is idle (the watcher is its last preload), so the tab is
    // shown again until the server sees the page ask for sw.js.
    const fetches = site.workerFetches;
    await expect
      .poll(
        async () => {
          await showTabAgain(page);
          return site.workerFetches;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(fetches);
    // The browser compares the fetched sw.js with its own at once; give a second for an install
    // to start, were it different.
    await page.waitForTimeout(1000);
    expect(await workers(page)).toEqual({ installing: false, waiting: false });
    await expect(updateNotice(page).anyButton).toHaveCount(0);
    // The first worker took control of the page, and that was no reason to reload.
    expect(loads.count).toBe(1);
  });

  await test.step('the hourly check finds build B, which installs and waits', async () => {
    site.serve('B');
    const fetches = site.workerFetches;
    await page.clock.fastForward('01:00:00');
    await expect.poll(() => site.workerFetches).toBeGreaterThan(fetches);
    await expect(updateNotice(page).button).toBeVisible();
    await expect(updateNotice(page).region).toContainText('Remember in this browser');
    expect(await workers(page)).toEqual({ installing: false, waiting: true });
    // Nothing switched on its own: the page still runs build A.
    await expect(tagline(page, en.app.tagline)).toBeVisible();
  });

  const second = await context.newPage();
  const secondLoads = countLoads(second);
  await test.step('a tab opened meanwhile runs build A and says so at once', async () => {
    await second.goto('/');
    await expect(tagline(second, en.app.tagline)).toBeVisible();
    await expect(updateNotice(second).button).toBeVisible();
  });

  await test.step('“Reload to update” reloads the page once, into build B', async () => {
    await updateNotice(page).button.click();
    await expect(tagline(page, TAGLINE_B)).toBeVisible();
    await expect(updateNotice(page).anyButton).toHaveCount(0);
    expect(await workers(page)).toEqual({ installing: false, waiting: false });
    // A reload loop would show here: wait a little and count.
    await page.waitForTimeout(1000);
    expect(loads.count).toBe(2);
    // Build A's cache went when B activated.
    const caches = await page.evaluate(() => globalThis.caches.keys());
    expect(caches).toHaveLength(1);
  });

  await test.step('the other tab keeps its notice and its form, and follows on request', async () => {
    await expect(updateNotice(second).button).toBeVisible();
    await expect(tagline(second, en.app.tagline)).toBeVisible();
    expect(secondLoads.count).toBe(1);
    await updateNotice(second).button.click();
    await expect(tagline(second, TAGLINE_B)).toBeVisible();
    await expect(updateNotice(second).anyButton).toHaveCount(0);
    await second.waitForTimeout(1000);
    expect(secondLoads.count).toBe(2);
  });
});
