import { API_KEY_SECRET } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const LANGUAGES = ['Node.js', 'Python', 'Java', 'C#', 'PHP', 'Ruby', 'Go'];

test('the Code tab shows the program for the form, in seven languages, live', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'bob', room: 'standup' });

  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  const languages = page.getByRole('tablist', { name: 'Languages' });
  for (const name of LANGUAGES) {
    await expect(languages.getByRole('tab', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText("new VideoGrant({ room: 'standup' })")).toBeVisible();
  await expect(page.getByText('npm install twilio')).toBeVisible();

  // Copy puts exactly the code on the clipboard, and the code never holds the secret.
  await page.getByRole('button', { name: 'Copy Node.js code' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain("identity: 'bob'");
  expect(code).toContain('process.env.TWILIO_API_SECRET');
  expect(code).not.toContain(API_KEY_SECRET);

  await languages.getByRole('tab', { name: 'Python', exact: true }).click();
  await expect(page.getByText("VideoGrant(room='standup')")).toBeVisible();

  // Back to the form: change the room, and the code follows.
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await expect(generator.identity).toHaveValue('bob');
  await generator.room.fill('retro');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(page.getByText("new VideoGrant({ room: 'retro' })")).toBeVisible();
});

test('the Code tab says which field to fix instead of showing wrong code', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.identity.fill('bob');
  await generator.ttl.fill('0');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The code follows the form, which has a problem in: TTL (seconds). Fix it in the Generate tab to see the code.',
  );
  await expect(page.getByRole('button', { name: 'Copy Node.js code' })).toHaveCount(0);
});
