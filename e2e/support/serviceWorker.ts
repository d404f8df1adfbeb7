import type { Page } from '@playwright/test';

/** Resolves once the service worker has cached the build, activated, and controls the page. */
export async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clients.claim() hands the page to the worker without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
