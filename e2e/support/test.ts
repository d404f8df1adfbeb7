import { test as base, expect, type Page } from '@playwright/test';

export { expect };

interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/**
 * Every test runs under a guard that fails it on any console error, uncaught page error,
 * CSP violation, or request that leaves the page's own origin.
 */
export const test = base.extend<{ guard: PageProblems }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && new URL(url).origin !== origin) {
          problems.foreignRequests.push(url);
        }
      });
      // Chromium logs most CSP violations itself; this also catches report-only ones.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect(problems.consoleErrors, 'console errors (CSP violations included)').toEqual([]);
      expect(problems.foreignRequests, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Every request the page made, to assert none carried the secret. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    urls.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
  });
  return urls;
}
