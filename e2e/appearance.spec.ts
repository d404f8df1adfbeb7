import type { Page } from '@playwright/test';
import { COLOR_SCHEME_STORAGE_KEY } from '../src/features/preferences/colorSchemeStorage.ts';
import { expect, test } from './support/test.ts';

const scheme = (page: Page) => page.locator('html').getAttribute('data-mantine-color-scheme');
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BODY = 'rgb(36, 36, 36)';
const LIGHT_BODY = 'rgb(255, 255, 255)';

test.describe('a system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('"Color scheme" offers System, Light and Dark, and the choice outlives a reload', async ({
    page,
  }) => {
    await page.goto('/');
    const control = page.getByRole('combobox', { name: 'Color scheme', exact: true });
    await expect(control).toHaveValue('auto');
    expect(await scheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BODY);

    await control.selectOption('Light');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expect.poll(() => background(page)).toBe(LIGHT_BODY);
    await page.reload();
    await expect(control).toHaveValue('light');
    expect(await scheme(page)).toBe('light');

    await control.selectOption('System');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});

test.describe('a system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('a remembered dark scheme is painted before the app’s script has even run', async ({
    page,
  }) => {
    // As a returning visitor who chose Dark (set before any of the page's own scripts run).
    await page.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
    }, COLOR_SCHEME_STORAGE_KEY);
    // Hold the app's JavaScript back: whatever shows meanwhile is the first paint.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back, so wait for the body instead.
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.getElementById('root') !== null);
    // The first paint waits for the render-blocking stylesheet; so does this look at it.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
        (link) => link.sheet !== null,
      ),
    );
    expect(await page.locator('#root').innerHTML()).toBe('');
    expect(await scheme(page)).toBe('dark');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe(DARK_BODY);
    release();
    await expect(page.getByRole('tab', { name: 'Generate' })).toBeVisible();
    expect(await scheme(page)).toBe('dark');
    await expect(page.getByRole('combobox', { name: 'Color scheme' })).toHaveValue('dark');
  });
});
