import jwt from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

/** A Twilio-shaped token signed in the test process, like twilio-node would. */
function tokenFor(claims: { iat: number; exp: number }, secret = API_KEY_SECRET): string {
  return jwt.sign(
    { jti: `${API_KEY_SID}-${claims.iat}`, grants: { identity: 'alice', video: {} }, ...claims },
    secret,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      issuer: API_KEY_SID,
      subject: ACCOUNT_SID,
    },
  );
}

const now = () => Math.floor(Date.now() / 1000);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
});

type Page = import('@playwright/test').Page;
const inspectPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Inspect', exact: true });
const tokenBox = (page: Page) => inspectPanel(page).getByLabel('Token to inspect', { exact: true });
// The generator has a field of the same name, kept in the page while its tab is hidden.
const secretBox = (page: Page) => inspectPanel(page).getByLabel('API Key Secret', { exact: true });
const severity = (page: Page, name: string) =>
  diagnosis(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });
const diagnosis = (page: Page) => page.getByRole('list', { name: 'Diagnosis', exact: true });

test('a valid token, pasted with quotes and a Bearer prefix, inspects clean and verifies', async ({
  page,
}) => {
  const token = tokenFor({ iat: now(), exp: now() + 3600 });
  await tokenBox(page).fill(`"Bearer ${token.slice(0, 40)}\n${token.slice(40)}"`);
  await expect(diagnosis(page)).toContainText('No problems found');
  await expect(severity(page, 'Error')).toHaveCount(0);
  await expect(severity(page, 'Warning')).toHaveCount(0);

  await secretBox(page).fill(API_KEY_SECRET);
  await expect(diagnosis(page)).toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Decoded token' })).toContainText(
    'grants.identity',
  );
});

test('a wrong secret is error 20107 and never "verified"', async ({ page }) => {
  await tokenBox(page).fill(tokenFor({ iat: now(), exp: now() + 3600 }));
  await secretBox(page).fill('not-the-secret');
  const item = diagnosis(page).getByRole('listitem').filter({ hasText: '20107' });
  await expect(item).toContainText('Error');
  await expect(diagnosis(page)).not.toContainText('Signature verified');
});

test('an expired token is error 20104', async ({ page }) => {
  await tokenBox(page).fill(tokenFor({ iat: now() - 7200, exp: now() - 3600 }));
  const item = diagnosis(page).getByRole('listitem').filter({ hasText: '20104' });
  await expect(item).toContainText('Error');
  await expect(item).toContainText(/expired/i);
});

test('garbage is error 20101, and a huge paste answers at once', async ({ page }) => {
  await tokenBox(page).fill('this is not a token');
  await expect(diagnosis(page).getByRole('listitem').filter({ hasText: '20101' })).toBeVisible();

  await tokenBox(page).fill('a'.repeat(1_000_000));
  await expect(diagnosis(page)).toContainText('This paste is 1,000,000 characters');
});

test('"Inspect this token" carries a generated token over, and it verifies', async ({ page }) => {
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  const generator = generatorPage(page);
  await generator.generate();
  const token = await generator.tokenText();
  await page.getByRole('button', { name: 'Inspect this token' }).click();
  await expect(page.getByRole('tab', { name: 'Inspect', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(tokenBox(page)).toHaveValue(token);
  await secretBox(page).fill(API_KEY_SECRET);
  await expect(diagnosis(page)).toContainText('Signature verified');
  await expect(diagnosis(page)).toContainText('No problems found');
});

test('a share link carries the token, never the secret, and opens the inspector', async ({
  page,
}) => {
  const token = tokenFor({ iat: now(), exp: now() + 3600 });
  await tokenBox(page).fill(token);
  await secretBox(page).fill(API_KEY_SECRET);
  await page.getByRole('button', { name: 'Copy link to this token' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`#token=${token}`);
  expect(link).not.toContain(API_KEY_SECRET);

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('tab', { name: 'Inspect', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(other.getByLabel('Token to inspect', { exact: true })).toHaveValue(token);
  await expect(other.getByRole('list', { name: 'Diagnosis' })).toContainText('No problems found');
  await other.close();
});
