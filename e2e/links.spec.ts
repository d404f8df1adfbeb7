import jwt from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

type Page = import('@playwright/test').Page;

const setupFragment = (setup: unknown) =>
  `#setup=${Buffer.from(JSON.stringify(setup)).toString('base64url')}`;

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

function token(): string {
  const iat = Math.floor(Date.now() / 1000);
  return jwt.sign(
    { jti: `${API_KEY_SID}-${String(iat)}`, grants: { identity: 'linked', video: {} }, iat },
    API_KEY_SECRET,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      issuer: API_KEY_SID,
      subject: ACCOUNT_SID,
      expiresIn: 3600,
    },
  );
}

test('a token link is read once: the token opens in Inspect and leaves the address bar', async ({
  page,
}) => {
  const linked = token();
  await page.goto(`/#token=${linked}`);
  await expect(page.getByLabel('Token to inspect', { exact: true })).toHaveValue(linked);
  expect(new URL(page.url()).hash).toBe('');
  // A reload does not bring the credential back.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Generate', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Nor does going back through the history.
  expect(await page.evaluate(() => window.location.href)).not.toContain(linked);
});

for (const [what, fragment, notice] of [
  ['too large', `#token=${'A'.repeat(20_000)}.B.C`, /longer than any token/],
  ['cut or altered', '#token=eyJhbGciOiJIUzI1NiJ9%E0%A4%A', /could not be read/],
  ['not a token', '#token=hello%20world', /could not be read/],
] as const) {
  test(`a token link that is ${what} is dropped with a notice`, async ({ page }) => {
    await page.goto(`/${fragment}`);
    await expect(status(page, notice)).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    // The notice can be dismissed, and the page works.
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(status(page, notice)).toHaveCount(0);
    const generator = generatorPage(page);
    await generator.generate();
    await expect(generator.token).toContainText('eyJ');
  });
}

test('a setup link with an algorithm the form does not offer is refused as a whole', async ({
  page,
}) => {
  for (const algorithm of ['none', 'RS256', 'hs512']) {
    await page.goto(`/${setupFragment({ identity: 'mallory', algorithm })}`);
    await expect(status(page, 'could not be read, so it was ignored')).toBeVisible();
    const generator = generatorPage(page);
    await expect(generator.identity).toHaveValue('');
    await expect(page.getByLabel('Algorithm', { exact: true })).toHaveValue('HS256');
  }
});

test('a setup link never replaces a remembered setup without asking', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'my-own-setup' });
  await page.getByRole('switch', { name: 'Remember in this browser', exact: true }).check();

  // Opened with a link: the form keeps what was remembered, and asks.
  await page.goto(`/${setupFragment({ identity: 'from-a-link', ttl: '600' })}`);
  await expect(status(page, 'remembers a setup of yours')).toBeVisible();
  await expect(generator.identity).toHaveValue('my-own-setup');
  await page.getByRole('button', { name: 'Keep my setup', exact: true }).click();
  await expect(status(page, 'remembers a setup of yours')).toHaveCount(0);
  await page.reload();
  await expect(generator.identity).toHaveValue('my-own-setup');

  // Asked again, the user takes the link's setup, and that is now what is remembered.
  await page.goto(`/${setupFragment({ identity: 'from-a-link', ttl: '600' })}`);
  await page.getByRole('button', { name: 'Use the link’s setup', exact: true }).click();
  await expect(generator.identity).toHaveValue('from-a-link');
  await expect(generator.ttl).toHaveValue('600');
  await expect(status(page, 'filled from a share link')).toBeVisible();
  await page.reload();
  await expect(generator.identity).toHaveValue('from-a-link');
});

test('a setup link pasted into an open page asks too, when a setup is remembered', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'mine' });
  await page.getByRole('switch', { name: 'Remember in this browser', exact: true }).check();
  await page.evaluate(
    (hash) => {
      window.location.hash = hash;
    },
    setupFragment({ identity: 'theirs' }),
  );
  await expect(status(page, 'remembers a setup of yours')).toBeVisible();
  await expect(generator.identity).toHaveValue('mine');
  expect(new URL(page.url()).hash).toBe('');
});

test('the API Key Secret never appears in the page’s HTML, in either secret field', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.generate();
  await expect(generator.token).toContainText('eyJ');
  // Shown and hidden again: the toggle must not write it out either.
  const reveal = page.getByRole('button', { name: 'Show API Key Secret' });
  await reveal.click();
  await reveal.click();
  expect(await page.content()).not.toContain(API_KEY_SECRET);

  await page.getByRole('button', { name: 'Inspect this token', exact: true }).click();
  const inspect = page.getByRole('tabpanel', { name: 'Inspect', exact: true });
  await inspect.getByLabel('API Key Secret', { exact: true }).fill(API_KEY_SECRET);
  await expect(page.getByRole('list', { name: 'Diagnosis', exact: true })).toContainText(
    'Signature verified',
  );
  expect(await page.content()).not.toContain(API_KEY_SECRET);
  // The form still holds it: Ctrl+Enter in any field generates again.
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await generator.identity.focus();
  await page.keyboard.press('Control+Enter');
  await expect(generator.token).toBeFocused();
});

test('warnings, not errors, for an identity with hidden characters and an unknown region', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'ali\u202Eecila' });
  await expect(generator.identity).toHaveAccessibleDescription(/Character 4 \(U\+202E\)/);
  await generator.identity.fill('   ');
  await expect(generator.identity).toHaveAccessibleDescription(/only spaces/);
  await generator.identity.fill('alice');
  await expect(generator.identity).not.toHaveAccessibleDescription(/only spaces/);

  const region = page.getByLabel('Region', { exact: true });
  await region.fill('us1; DROP');
  await expect(region).toHaveAccessibleDescription(/not one of Twilio’s Regions/);
  await region.fill('IE1');
  await expect(region).toHaveAccessibleDescription(/use ie1/);
  await region.fill('');

  // Warnings refuse nothing.
  await generator.identity.fill('   ');
  await generator.generateButton.click();
  await expect(generator.token).toContainText('eyJ');
});
