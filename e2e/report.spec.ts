import type { Page } from '@playwright/test';
import jwt from 'jsonwebtoken';
import { inspect as inspectJa } from '../src/i18n/ja/inspect.ts';
import { compare as compareJa } from '../src/i18n/ja/compare.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { expect, test } from './support/test.ts';

const now = () => Math.floor(Date.now() / 1000);

/** A Twilio-shaped token signed in the test process, as twilio-node would write it. */
function tokenFor(claims: { iat: number; exp: number }, identity = 'alice'): string {
  return jwt.sign(
    { jti: `${API_KEY_SID}-${String(claims.iat)}`, grants: { identity, video: {} }, ...claims },
    API_KEY_SECRET,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      issuer: API_KEY_SID,
      subject: ACCOUNT_SID,
    },
  );
}

const signatureOf = (token: string) => token.split('.')[2] ?? '';
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What a report must never hold, whatever its switches say. */
function expectNoSecrets(report: string, tokens: readonly string[]) {
  expect(report).not.toContain(API_KEY_SECRET);
  expect(report).not.toContain(Buffer.from(API_KEY_SECRET).toString('base64url'));
  for (const token of tokens) {
    expect(report).not.toContain(signatureOf(token));
    expect(report).not.toContain(token);
  }
}

test.describe('in English', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('Copy report in Inspect: Markdown with JSON, diagnosis and lifetime, SIDs shortened, never the signature or the secret', async ({
    page,
  }) => {
    const token = tokenFor({ iat: now() - 7200, exp: now() - 3600 });
    await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Inspect', exact: true });
    await panel.getByLabel('Token to inspect', { exact: true }).fill(token);
    await panel.getByLabel('API Key Secret', { exact: true }).fill(API_KEY_SECRET);
    await expect(panel.getByRole('list', { name: 'Diagnosis' })).toContainText('20104');

    const copy = panel.getByRole('button', { name: 'Copy report', exact: true });
    await copy.click();
    let report = await clipboard(page);
    expect(report).toMatch(/^## Twilio Access Token report\n/);
    expect(report).toContain('### Header\n\n```json\n{\n  "alg": "HS256",');
    expect(report).toContain('### Payload\n\n```json\n{');
    expect(report).toContain(`"sub": "AC…${ACCOUNT_SID.slice(-4)}"`);
    expect(report).toContain(`"iss": "SK…${API_KEY_SID.slice(-4)}"`);
    expect(report).not.toContain(ACCOUNT_SID);
    expect(report).toContain('"identity": "alice"');
    expect(report).toMatch(/### Diagnosis\n\n- \*\*Error\*\* \(Twilio error 20104\): .*expired/);
    expect(report).toContain('### Lifetime\n\nLives 1 h (exp − iat). Expired 1 h ago.');
    expect(report).toContain('### Made by\n\n');
    expectNoSecrets(report, [token]);

    await panel.getByRole('switch', { name: 'Shorten SIDs', exact: true }).uncheck();
    await panel.getByRole('switch', { name: 'Mask identity', exact: true }).check();
    await copy.click();
    report = await clipboard(page);
    expect(report).toContain(`"sub": "${ACCOUNT_SID}"`);
    expect(report).not.toContain('alice');
    expect(report).toContain('"identity": "[identity masked]"');
    expectNoSecrets(report, [token]);
  });

  test('Copy report in Compare holds both tokens under their names', async ({ page }) => {
    const first = tokenFor({ iat: now(), exp: now() + 600 }, 'alice');
    const second = tokenFor({ iat: now() - 7200, exp: now() - 3600 }, 'bob');
    await page.getByRole('tab', { name: 'Compare', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Compare', exact: true });
    await panel.getByLabel('First token', { exact: true }).fill(first);
    await panel.getByLabel('Second token', { exact: true }).fill(second);
    await panel.getByRole('button', { name: 'Copy report', exact: true }).click();
    const report = await clipboard(page);
    expect(report).toMatch(/### First token\n\n#### Header\n[\s\S]*"identity": "alice"/);
    expect(report).toMatch(/### Second token\n\n#### Header\n[\s\S]*"identity": "bob"/);
    expect(report).toContain('Lives 10 min (exp − iat).');
    expect(report).toContain('(Twilio error 20104)');
    expectNoSecrets(report, [first, second]);
  });
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the report is worded in the page’s language, and still holds no secret', async ({
    page,
  }) => {
    await page.goto('/');
    const token = tokenFor({ iat: now() - 7200, exp: now() - 3600 });
    await page.getByRole('tab', { name: ja.tabs.inspect, exact: true }).click();
    await page.getByLabel(inspectJa.tokenLabel, { exact: true }).fill(token);
    await page
      .getByRole('tabpanel', { name: ja.tabs.inspect })
      .getByLabel(inspectJa.secretLabel, { exact: true })
      .fill(API_KEY_SECRET);
    await page.getByRole('button', { name: inspectJa.report.copy, exact: true }).click();
    const report = await clipboard(page);
    expect(report).toContain(`## ${inspectJa.report.title}`);
    expect(report).toContain(`### ${inspectJa.report.diagnosis}`);
    expect(report).toContain('20104');
    expect(report).toContain(
      '有効期間は 1 時間（exp − iat）です。1 時間 前に期限切れになりました。',
    );
    expectNoSecrets(report, [token]);

    // Compare words its side names in Japanese too.
    await page.getByRole('tab', { name: ja.tabs.compare, exact: true }).click();
    await page.getByLabel(compareJa.tokenLabel.first, { exact: true }).fill(token);
    await page.getByRole('button', { name: inspectJa.report.copy, exact: true }).click();
    expect(await clipboard(page)).toContain(`### ${compareJa.tokenLabel.first}`);
  });
});
