import { trust as trustJa } from '../src/i18n/ja/trust.ts';
import { ja } from '../src/i18n/ja.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, recordRequests, test } from './support/test.ts';

/** The policy exactly as the page's meta tag carries it, read from the page. */
const metaPolicy = (page: import('@playwright/test').Page) =>
  page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .then((content) => content ?? '');

test('the "Signed locally" badge opens "How do I know?", with the CSP the page was served', async ({
  page,
}) => {
  await page.goto('/');
  const badge = page.getByRole('button', { name: 'Signed locally', exact: true });
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.click();
  const dialog = page.getByRole('dialog', { name: 'How do I know the secret stays here?' });
  await expect(dialog).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');

  const served = await metaPolicy(page);
  expect(served).toContain("connect-src 'none'");
  const policy = dialog.getByRole('figure', { name: 'Content-Security-Policy of this page' });
  // The same string, character for character: read from the page, not written twice.
  expect(await policy.textContent()).toBe(served);
  await expect(policy.locator('mark')).toHaveText("connect-src 'none'");
  await expect(dialog).toContainText("Its connect-src 'none' makes the browser refuse");
  await expect(dialog).toContainText('never stored');
  await expect(dialog).toContainText('Network panel');
  await expect(dialog).toContainText('It works offline');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
});

test('the panel shows what the page is enforcing, even if the meta tag were changed', async ({
  page,
}) => {
  await page.goto('/');
  // Proof that the panel reads the page rather than a copy of the policy: change what it reads.
  await page.evaluate(() => {
    document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.setAttribute('content', "style-src 'self' 'unsafe-inline'; connect-src 'self'");
  });
  await page.getByRole('button', { name: 'Signed locally', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'How do I know the secret stays here?' });
  await expect(
    dialog.getByRole('figure', { name: 'Content-Security-Policy of this page' }),
  ).toHaveText("style-src 'self' 'unsafe-inline'; connect-src 'self'");
  await expect(dialog).toContainText("This policy does not set connect-src 'none'");
});

test('keyboard alone: Enter opens the panel, the focus is inside, Escape closes it and returns', async ({
  page,
}) => {
  await page.goto('/');
  const badge = page.getByRole('button', { name: 'Signed locally', exact: true });
  await badge.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'How do I know the secret stays here?' });
  await expect(dialog).toBeVisible();
  // The focus moved into the dialog and Tab keeps it there.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();

  // Space opens it again.
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('what the panel says to check: pressing Generate makes no request at all', async ({
  page,
}) => {
  const loads = recordRequests(page);
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ room: 'daily-standup' });
  // Once the page has loaded what it preloads when idle (one file per idle moment, so a busy
  // machine leaves gaps), as when someone opens the Network panel: 2 s without a request.
  let seen = -1;
  while (seen !== loads.length) {
    seen = loads.length;
    await page.waitForTimeout(2000);
  }
  const requests = recordRequests(page);
  await generator.generateButton.click();
  await expect(generator.token).toContainText('eyJ');
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('the panel in Japanese, with the same policy', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: ja.app.privacyBadge, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: trustJa.title });
    await expect(dialog).toContainText(trustJa.secretBody);
    expect(await dialog.getByRole('figure', { name: trustJa.policyLabel }).textContent()).toBe(
      await metaPolicy(page),
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
