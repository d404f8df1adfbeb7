import { decodeJwt } from 'jose';
import { ACCOUNT_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const STALE = 'The form has changed since this token was made.';

test('the result says so when the form no longer describes the token, until the next Generate', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.generate({ identity: 'first' });
  await expect(generator.token).toContainText('eyJ');
  const first = await generator.tokenText();
  await expect(page.getByText(STALE)).toHaveCount(0);

  // Spaces the form trims change nothing in the token, so nothing is said.
  await generator.accountSid.fill(` ${ACCOUNT_SID} `);
  await expect(page.getByText(STALE)).toHaveCount(0);

  await generator.identity.fill('second');
  await expect(page.getByRole('status').filter({ hasText: STALE })).toBeVisible();
  // The old token stays, and stays usable.
  expect(await generator.tokenText()).toBe(first);
  await generator.copyButton.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);

  // Back to what the token says: the notice goes.
  await generator.identity.fill('first');
  await expect(page.getByText(STALE)).toHaveCount(0);

  await generator.identity.fill('third');
  await expect(page.getByText(STALE)).toBeVisible();
  await generator.generateButton.click();
  await expect(generator.token).not.toHaveText(first);
  await expect(page.getByText(STALE)).toHaveCount(0);
  expect(decodeJwt(await generator.tokenText()).grants).toMatchObject({ identity: 'third' });
});

test('the Video preset asks for the longest session, and the panel notes a shorter Video token', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await expect(generator.ttl).toHaveAccessibleDescription(/For Video, as long as the longest/);
  await generator.generate({ ttl: '3600' });
  await expect(generator.decoded).toContainText('This Video token lives 1 h');

  await page.getByRole('button', { name: 'Video room', exact: true }).click();
  await expect(generator.ttl).toHaveValue('14400');
  await generator.generateButton.click();
  await expect(generator.decoded).toBeVisible();
  const claims = decodeJwt(await generator.tokenText());
  expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(14_400);
  await expect(generator.decoded).not.toContainText('This Video token lives');
});
