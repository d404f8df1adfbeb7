import { decodeJwt } from 'jose';
import { en } from '../src/i18n/en.ts';
import { inspect as inspectJa } from '../src/i18n/ja/inspect.ts';
import { problems as problemsJa } from '../src/i18n/ja/problems.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';
import { code as japaneseCode } from '../src/i18n/ja/code.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('gets the whole tool in Japanese on the first visit, and can use every part of it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('combobox', { name: ja.app.language })).toHaveValue('ja-JP');
    const t = ja.generate;
    const field = (label: string) => page.getByLabel(label, { exact: true });

    // Validation speaks Japanese at the field.
    await field(ja.fields.accountSid.label).fill(API_KEY_SID);
    await field(ja.fields.identity.label).focus();
    await expect(field(ja.fields.accountSid.label)).toHaveAccessibleDescription(
      new RegExp(
        escapeRegExp(
          problemsJa.describe('accountSid', {
            code: 'sidWrongKind',
            expected: 'AC',
            found: 'SK',
          }),
        ),
      ),
    );

    await field(ja.fields.accountSid.label).fill(ACCOUNT_SID);
    await field(ja.fields.apiKeySid.label).fill(API_KEY_SID);
    await field(ja.fields.apiKeySecret.label).fill(API_KEY_SECRET);
    await field(ja.fields.identity.label).fill('たろう');
    await page.getByRole('button', { name: t.submit, exact: true }).click();
    const token = page.getByRole('textbox', { name: ja.result.tokenLabel, exact: true });
    await expect(token).toContainText('eyJ');
    expect(decodeJwt((await token.textContent()) ?? '').grants).toEqual({
      identity: 'たろう',
      video: {},
    });
    await expect(page.getByRole('region', { name: '最近のトークン' })).toBeVisible();

    await page.getByRole('button', { name: ja.result.inspect, exact: true }).click();
    await page
      .getByRole('tabpanel', { name: ja.tabs.inspect })
      .getByLabel(inspectJa.secretLabel, { exact: true })
      .fill('wrong-secret-of-the-right-size-0');
    await expect(page.getByRole('list', { name: inspectJa.diagnosis })).toContainText('20107');
    await expect(page.getByRole('list', { name: inspectJa.diagnosis })).toContainText(
      /[ぁ-んァ-ン]/,
    );

    await page.getByRole('tab', { name: ja.tabs.code, exact: true }).click();
    await expect(page.getByRole('tabpanel', { name: ja.tabs.code })).toContainText(
      japaneseCode.comments.credentials,
    );
  });

  test('can switch to English, and the choice outlives a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: ja.app.language }).selectOption('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: en.tabs.generate, exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Generate Access Token' })).toBeVisible();
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('switches to 日本語 with "Language", keeping what was typed, and remembers it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const generator = generatorPage(page);
    await generator.fill({ identity: 'hanako' });
    // A field with an error: its message follows the language.
    await generator.accountSid.fill('nope');
    await generator.identity.focus();
    await expect(generator.accountSid).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('日本語');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('tab', { name: ja.tabs.generate, exact: true })).toBeVisible();
    const identity = page.getByLabel(ja.fields.identity.label, { exact: true });
    await expect(identity).toHaveValue('hanako');
    await expect(
      page.getByLabel(ja.fields.accountSid.label, { exact: true }),
    ).toHaveAccessibleDescription(
      new RegExp(
        escapeRegExp(problemsJa.describe('accountSid', { code: 'sidMalformed', expected: 'AC' })),
      ),
    );

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('combobox', { name: ja.app.language })).toHaveValue('ja-JP');
  });
});
