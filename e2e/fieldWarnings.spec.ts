import { en } from '../src/i18n/en.ts';
import { decoded } from '../src/i18n/en/decoded.ts';
import { inspect } from '../src/i18n/en/inspect.ts';
import { ja } from '../src/i18n/ja.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

test('a token from the credentials and an identity alone draws no warning of ours', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.generate();
  await expect(generator.token).toContainText('eyJ');
  await expect(generator.decoded.getByRole('table')).toBeVisible();
  // Not the decoded panel's note that the token is shorter than a Video session…
  await expect(generator.decoded.getByRole('note')).toHaveCount(0);
  await expect(generator.decoded).not.toContainText(decoded.shortVideoToken('', '').slice(0, 20));
  // …nor a warning at any field of the form…
  await expect(page.getByText(en.firstVisit.warning, { exact: true })).toHaveCount(0);
  // …nor any finding when the token is inspected.
  await page.getByRole('button', { name: en.result.inspect, exact: true }).click();
  await expect(page.getByText(inspect.noProblems)).toBeVisible();
});

test('the products’ rules warn at their fields, with the Twilio code, and still sign', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const voice = page.getByRole('switch', { name: 'Voice', exact: true });
  await voice.check();
  await generator.fill({ identity: 'alice smith' });
  await expect(generator.identity).toHaveAccessibleDescription(
    /Warning Twilio’s docs say Voice identities may only contain letters, digits and underscore, and character 6 is “ ”.*error 31105/,
  );
  // A warning, not an error: the field is not marked invalid.
  await expect(generator.identity).not.toHaveAttribute('aria-invalid', 'true');
  // A Voice grant with neither an outgoing application nor incoming calls cannot call.
  await expect(voice).toHaveAccessibleDescription(/can neither place calls.*nor receive them/);
  await page.getByRole('switch', { name: 'Allow incoming calls', exact: true }).check();
  await expect(voice).not.toHaveAccessibleDescription(/can neither place calls/);
  await generator.identity.fill('alice_smith');
  await expect(generator.identity).not.toHaveAccessibleDescription(/Voice identities/);

  // Warnings never hold the token back.
  await generator.identity.fill('alice smith');
  await generator.generateButton.click();
  await expect(generator.token).toContainText('eyJ');
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('reads the products’ warnings in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('switch', { name: ja.grants.voice.name, exact: true }).check();
    const identity = page.getByLabel(ja.fields.identity.label, { exact: true });
    await identity.fill('たろう');
    await expect(identity).toHaveAccessibleDescription(
      new RegExp(`${ja.firstVisit.warning}.*31105`),
    );
  });
});
