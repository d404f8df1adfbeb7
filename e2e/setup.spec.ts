import { decodeJwt } from 'jose';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const remember = (page: import('@playwright/test').Page) =>
  page.getByRole('switch', { name: 'Remember in this browser', exact: true });

/** Everything the page could have kept: both storages and cookies, as one string. */
async function everythingStored(page: import('@playwright/test').Page): Promise<string> {
  const storage = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie]),
  );
  const cookies = JSON.stringify(await page.context().cookies());
  return storage + cookies;
}

test('"Remember in this browser" keeps the setup across a reload, never the secret', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'remembered-alice', ttl: '900' });
  await page.getByRole('switch', { name: 'Voice', exact: true }).check();
  await page.getByLabel('Outgoing application SID', { exact: true }).fill(`AP${'c'.repeat(32)}`);
  await page.getByLabel('Region', { exact: true }).fill('ie1');
  await remember(page).check();
  // Changes after switching it on are kept too.
  await page.getByLabel('Allow incoming calls', { exact: true }).check();

  expect(await everythingStored(page)).not.toContain(API_KEY_SECRET);

  await page.reload();
  await expect(remember(page)).toBeChecked();
  await expect(generator.accountSid).toHaveValue(ACCOUNT_SID);
  await expect(generator.apiKeySid).toHaveValue(API_KEY_SID);
  await expect(generator.identity).toHaveValue('remembered-alice');
  await expect(generator.ttl).toHaveValue('900');
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ie1');
  await expect(page.getByRole('switch', { name: 'Voice', exact: true })).toBeChecked();
  await expect(page.getByLabel('Outgoing application SID', { exact: true })).toHaveValue(
    `AP${'c'.repeat(32)}`,
  );
  await expect(page.getByLabel('Allow incoming calls', { exact: true })).toBeChecked();
  await expect(generator.apiKeySecret).toHaveValue('');
  expect(await everythingStored(page)).not.toContain(API_KEY_SECRET);

  // The secret typed again generates at once: everything else was waiting.
  await generator.apiKeySecret.fill(API_KEY_SECRET);
  await generator.generateButton.click();
  const payload = decodeJwt(await generator.tokenText());
  expect(payload.grants).toMatchObject({
    identity: 'remembered-alice',
    voice: { outgoing: { application_sid: `AP${'c'.repeat(32)}` }, incoming: { allow: true } },
  });
  expect(payload.exp).toBe((payload.iat ?? 0) + 900);
});

test('without "Remember", nothing is kept; "Clear" forgets everything', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'not-kept' });
  await page.reload();
  await expect(generator.identity).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await generator.fill({ identity: 'kept-for-now' });
  await remember(page).check();
  await page.reload();
  await expect(generator.identity).toHaveValue('kept-for-now');

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'nothing is remembered' })).toBeVisible();
  await expect(remember(page)).not.toBeChecked();
  await expect(generator.identity).toHaveValue('');
  await expect(generator.accountSid).toHaveValue('');
  await expect(generator.apiKeySecret).toHaveValue('');
  expect(await everythingStored(page)).not.toContain('kept-for-now');
  await page.reload();
  await expect(generator.identity).toHaveValue('');
});

test('"Copy share link" round-trips the setup, without the secret', async ({ page, context }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: '共有 "user" 😀', room: 'standup', ttl: '1200' });
  await page.getByRole('switch', { name: 'Sync', exact: true }).check();
  await page.getByLabel('Service SID', { exact: true }).fill(`IS${'d'.repeat(32)}`);
  await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#setup=[A-Za-z0-9_-]+$/);
  expect(link).not.toContain(API_KEY_SECRET);
  expect(Buffer.from(link.split('#setup=')[1] ?? '', 'base64url').toString()).not.toContain(
    API_KEY_SECRET,
  );

  const other = await context.newPage();
  await other.goto(link);
  const opened = generatorPage(other);
  await expect(
    other.getByRole('status').filter({ hasText: 'filled from a share link' }),
  ).toBeVisible();
  await expect(opened.identity).toHaveValue('共有 "user" 😀');
  await expect(opened.room).toHaveValue('standup');
  await expect(opened.ttl).toHaveValue('1200');
  await expect(opened.accountSid).toHaveValue(ACCOUNT_SID);
  await expect(other.getByLabel('Service SID', { exact: true })).toHaveValue(`IS${'d'.repeat(32)}`);
  await expect(opened.apiKeySecret).toHaveValue('');
  // Read once, then gone from the address bar: a reload keeps later edits.
  expect(new URL(other.url()).hash).toBe('');

  await opened.apiKeySecret.fill(API_KEY_SECRET);
  await opened.generateButton.click();
  const payload = decodeJwt(await opened.tokenText());
  expect(payload.grants).toMatchObject({
    identity: '共有 "user" 😀',
    video: { room: 'standup' },
    data_sync: { service_sid: `IS${'d'.repeat(32)}` },
  });
  await other.close();
});

for (const [name, fragment] of [
  ['not base64url', '#setup=<script>alert(1)</script>'],
  ['not JSON', `#setup=${Buffer.from('{identity:').toString('base64url')}`],
  ['the wrong shape', `#setup=${Buffer.from('{"grants":{"video":"on"}}').toString('base64url')}`],
  [
    'prototype pollution',
    `#setup=${Buffer.from('{"__proto__":{"polluted":1},"identity":{"length":1}}').toString('base64url')}`,
  ],
  ['enormous', `#setup=${'A'.repeat(40_000)}`],
] as const) {
  test(`a share link that is ${name} is ignored with a notice`, async ({ page }) => {
    await page.goto(`/${fragment}`);
    await expect(
      page.getByRole('status').filter({ hasText: 'could not be read, so it was ignored' }),
    ).toBeVisible();
    const generator = generatorPage(page);
    await expect(generator.identity).toHaveValue('');
    expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    // The page still works.
    await generator.generate();
    await expect(generator.token).toContainText('eyJ');
  });
}
