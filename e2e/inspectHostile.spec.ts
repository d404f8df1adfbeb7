import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

/**
 * Tokens written to break the inspector, pasted and linked: each is diagnosed in words, the page
 * never falls back to its full-page error, and the Generate tab still works afterwards.
 */

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** A token over hand-written JSON (duplicate keys and BOMs need it), signed with the e2e secret. */
function signedText(header: string, payload: string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', API_KEY_SECRET).update(input).digest('base64url')}`;
}

const HEADER = '"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"';
/** A valid one-hour Video token's claims, as JSON members, grants last. */
function claims(grants = '"identity":"alice","video":{}'): string {
  const iat = Math.floor(Date.now() / 1000) - 60;
  return `"jti":"${API_KEY_SID}-${String(iat)}","iat":${String(iat)},"exp":${String(iat + 3600)},"iss":"${API_KEY_SID}","sub":"${ACCOUNT_SID}","grants":{${grants}}`;
}

const inspectPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Inspect', exact: true });
const tokenBox = (page: Page) => inspectPanel(page).getByLabel('Token to inspect', { exact: true });
const secretBox = (page: Page) => inspectPanel(page).getByLabel('API Key Secret', { exact: true });
const diagnosis = (page: Page) => page.getByRole('list', { name: 'Diagnosis', exact: true });
const finding = (page: Page, text: string | RegExp) =>
  diagnosis(page).getByRole('listitem').filter({ hasText: text });
const decodedPanel = (page: Page) =>
  inspectPanel(page).getByRole('region', { name: 'Decoded token', exact: true });

/** The app's own error screen, which replaces everything, must never show. */
async function expectNoErrorScreen(page: Page) {
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** After whatever the inspector went through, a token can still be generated. */
async function expectGenerateStillWorks(page: Page) {
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  const generator = generatorPage(page);
  await generator.generate();
  await expect(generator.token).toHaveText(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(generator.decoded).toContainText('grants.identity');
}

test.describe('pasted', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
  });

  test('an alg that is an object with a toString is error 20102, not a crash', async ({ page }) => {
    await tokenBox(page).fill(
      signedText(
        `{"alg":{"toString":"HS256"},"typ":"JWT","cty":"twilio-fpa;v=1"}`,
        `{${claims()}}`,
      ),
    );
    const item = finding(page, 'The header’s alg is an object');
    await expect(item).toContainText('Error');
    await expect(item.getByRole('link', { name: 'Twilio’s page for error 20102' })).toBeVisible();
    await expect(decodedPanel(page)).toContainText('{"toString":"HS256"}');
    await expectNoErrorScreen(page);
    await expectGenerateStillWorks(page);
  });

  test('nesting thousands of levels deep is a warning, and the JSON is shown to 100 levels', async ({
    page,
  }) => {
    const depth = 5000;
    await tokenBox(page).fill(
      signedText(`{${HEADER}}`, `{${claims()},"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    );
    await expect(finding(page, 'more than 100 levels deep')).toContainText('Warning');
    await expect(decodedPanel(page)).toContainText('[…]');
    await expectNoErrorScreen(page);
    await expectGenerateStillWorks(page);
  });

  test('alg written twice, "none" first, is error 20101 and never verified, even with the right secret', async ({
    page,
  }) => {
    await tokenBox(page).fill(signedText(`{"alg":"none",${HEADER}}`, `{${claims()}}`));
    await secretBox(page).fill(API_KEY_SECRET);
    const item = finding(page, 'The token’s header has a key written more than once: “alg”');
    await expect(item).toContainText('Error');
    await expect(item.getByRole('link', { name: 'Twilio’s page for error 20101' })).toBeVisible();
    await expect(diagnosis(page)).not.toContainText('Signature verified');
    await expect(diagnosis(page)).not.toContainText('No problems found');
    await expectNoErrorScreen(page);
  });

  test('700 unknown grants are one finding, and the claims table stays short', async ({ page }) => {
    const grants = Array.from({ length: 700 }, (_, i) => `"k${String(i)}":{}`).join(',');
    await tokenBox(page).fill(
      signedText(`{${HEADER}}`, `{${claims(`"identity":"alice","video":{},${grants}`)}}`),
    );
    const item = finding(page, '700 grants are unknown to Twilio');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('“k0”, “k1”');
    await expect(item).toContainText('690 more');
    await expect(decodedPanel(page)).toContainText('more claims are not listed here');
    await expectNoErrorScreen(page);
  });

  test('a BOM, a crit header and header members of every wrong type are each named', async ({
    page,
  }) => {
    await tokenBox(page).fill(
      signedText(
        `{"alg":"HS256","typ":null,"cty":["twilio-fpa;v=1"],"twr":1,"kid":true,"crit":["b64"],"b64":false}`,
        `\ufeff{${claims()}}`,
      ),
    );
    await expect(finding(page, 'The token’s payload starts with a byte order mark')).toBeVisible();
    await expect(finding(page, 'The header’s crit names “b64”')).toBeVisible();
    for (const field of ['typ', 'cty', 'twr', 'kid']) {
      await expect(finding(page, `The header’s ${field} is`)).toContainText('Error');
    }
    await expectNoErrorScreen(page);
  });

  test('bidi overrides in a claim are shown as escapes, never applied', async ({ page }) => {
    await tokenBox(page).fill(
      signedText(
        `{${HEADER}}`,
        `{${claims('"identity":"alice","video":{"room":"a\u202egnp.exe"}')}}`,
      ),
    );
    await expect(decodedPanel(page)).toContainText(String.raw`a\u202Egnp.exe`);
    await expect(decodedPanel(page)).not.toContainText('a\u202egnp.exe');
  });
});

test('a hostile #token= link opens the inspector with findings, and Generate still works', async ({
  page,
}) => {
  const token = signedText(
    `{"alg":${'['.repeat(4000)}${']'.repeat(4000)},"typ":"JWT","cty":"twilio-fpa;v=1"}`,
    `{${claims()}}`,
  );
  await page.goto(`/#token=${token}`);
  await expect(page.getByRole('tab', { name: 'Inspect', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(finding(page, 'The header’s alg is a list')).toContainText('Error');
  await expect(finding(page, 'The token’s header nests arrays or objects')).toContainText(
    'Warning',
  );
  await expectNoErrorScreen(page);
  await expectGenerateStillWorks(page);
});
