import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

test('"Recent tokens" lists this tab’s tokens; one click copies or inspects; gone on reload', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.generate({ identity: 'alice', ttl: '60' });
  await expect(generator.token).toContainText('eyJ');
  const aliceToken = await generator.tokenText();

  await generator.identity.fill('bob');
  await page.getByRole('switch', { name: 'Chat', exact: true }).check();
  await page.getByLabel('Service SID', { exact: true }).fill(`IS${'a'.repeat(32)}`);
  await generator.ttl.fill('3600');
  await generator.generateButton.click();
  await expect(generator.token).not.toHaveText(aliceToken);
  const bobToken = await generator.tokenText();

  const recent = page.getByRole('region', { name: 'Recent tokens', exact: true });
  const items = recent.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Newest first, each with identity, grants and a live status.
  await expect(items.nth(0)).toContainText('bob');
  await expect(items.nth(0)).toContainText('Video, Chat');
  await expect(items.nth(0)).toContainText('Valid');
  await expect(items.nth(1)).toContainText('alice');
  await expect(items.nth(1)).toContainText('Video');
  await expect(items.nth(1)).toContainText('Valid');

  await items
    .nth(1)
    .getByRole('button', { name: /^Copy token for alice/ })
    .click();
  await expect(items.nth(1).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(aliceToken);

  // alice's token lived 60 s: a minute later the list says so, without a reload.
  await page.clock.runFor(61_000);
  await page.clock.resume();
  await expect(items.nth(1)).toContainText('Expired');
  await expect(items.nth(0)).toContainText('Valid');

  await items
    .nth(0)
    .getByRole('button', { name: /^Inspect token for bob/ })
    .click();
  await expect(page.getByRole('tab', { name: 'Inspect', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Token to inspect', { exact: true })).toHaveValue(bobToken);

  // Memory only: tokens are credentials, so a reload forgets them.
  expect(
    await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)),
  ).not.toContain(bobToken.slice(0, 40));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Recent tokens' })).toHaveCount(0);
});
