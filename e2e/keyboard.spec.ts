import jwt, { type JwtPayload } from 'jsonwebtoken';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

test('keyboard alone reaches and works every new control: language, scheme, setup, history', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);

  // "Signed locally" (it opens what backs the promise), then language and color scheme, from
  // the top of the page.
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await expect(language).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Signed locally' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(language).toBeFocused();
  await page.keyboard.press('ArrowDown'); // a focused <select> changes with the arrows
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const languageJa = page.getByRole('combobox', { name: ja.app.language, exact: true });
  await expect(languageJa).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Color scheme', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // System → Light
  await page.keyboard.press('ArrowDown'); // Light → Dark
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  // The tabs: one stop, arrows move between them.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Generate', exact: true })).toBeFocused();

  // Into the form, field by field.
  await page.keyboard.press('Tab');
  await expect(generator.accountSid).toBeFocused();
  await page.keyboard.type(ACCOUNT_SID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(API_KEY_SID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(API_KEY_SECRET);
  await page.keyboard.press('Tab'); // the secret's reveal toggle
  await page.keyboard.press('Tab');
  await page.keyboard.type('keys-only');

  // Switch on Sync with the Space bar.
  const sync = page.getByRole('switch', { name: 'Sync', exact: true });
  await sync.focus();
  await page.keyboard.press('Space');
  await expect(sync).toBeChecked();
  await page.keyboard.press('Space');
  await expect(sync).not.toBeChecked();

  // Remember, then copy the share link, all with keys.
  const remember = page.getByRole('switch', { name: 'Remember in this browser', exact: true });
  await remember.focus();
  await page.keyboard.press('Space');
  await expect(remember).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy share link', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#setup=');

  // Generate from anywhere in the form; the focus lands on the token.
  await page.keyboard.press('Control+Enter');
  await expect(generator.token).toBeFocused();
  const token = await generator.tokenText();
  expect((jwt.verify(token, API_KEY_SECRET) as JwtPayload).grants).toEqual({
    identity: 'keys-only',
    video: {},
  });

  // From the token back through Compare and Inspect to Copy: the result's buttons sit before
  // it, Copy first.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Compare with…', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(generator.copyButton).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  // The history's own buttons work from the keyboard too.
  const recentCopy = page.getByRole('button', { name: /^Copy token for keys-only/ });
  await recentCopy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Recent tokens' }).getByRole('status')).toHaveText(
    'Copied',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Inspect', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Token to inspect', { exact: true })).toHaveValue(token);
});
