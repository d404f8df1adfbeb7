import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const SIZES = [
  { name: 'a laptop', width: 1280, height: 800 },
  { name: 'a phone', width: 390, height: 844 },
] as const;

// The first visit as a newcomer sees it: "Generate Access Token" is on the first screen.
for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const words of [en, ja]) {
      test.describe(`${size.name}, ${colorScheme}, ${words.locale}`, () => {
        test.use({
          viewport: { width: size.width, height: size.height },
          colorScheme,
          locale: words.locale,
        });

        test('"Generate Access Token" is in sight without scrolling', async ({ page }) => {
          await page.goto('/');
          const button = page.getByRole('button', { name: words.generate.submit, exact: true });
          await expect(button).toBeVisible();
          // Wait for the sections below the first screen, which could push the button down.
          await expect(
            page.getByRole('button', { name: words.generate.setNbfToNow }),
          ).toBeAttached();
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
          const box = await button.boundingBox();
          expect(box).not.toBeNull();
          if (!box) return;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          // Nothing covers it: the point at its centre is the button itself.
          const onTop = await page.evaluate(
            ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent,
            { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          );
          expect(onTop).toBe(words.generate.submit);
          // The keyboard shortcut is named beside it.
          await expect(page.getByText(words.generate.shortcut)).toBeInViewport();
        });
      });
    }
  }
}

test.describe('what is still needed', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('names each empty field, and each name moves the focus to its field', async ({ page }) => {
    await page.goto('/');
    const generator = generatorPage(page);
    const needed = page.getByRole('group', { name: en.firstVisit.stillNeeded });
    const link = (name: string) => needed.getByRole('button', { name, exact: true });
    await expect(needed.getByRole('button')).toHaveText([
      'Account SID',
      'API Key SID',
      'API Key Secret',
      'Identity',
    ]);

    await link('Identity').click();
    await expect(generator.identity).toBeFocused();
    await expect(generator.identity).toBeInViewport();
    await link('API Key Secret').click();
    await expect(generator.apiKeySecret).toBeFocused();

    // A field with a problem is named too, once the problem shows, until it is fixed.
    await generator.accountSid.fill('AC123');
    await expect(link('Account SID')).toHaveCount(0);
    await generator.identity.fill('alice');
    await expect(generator.accountSid).toHaveAttribute('aria-invalid', 'true');
    await expect(link('Identity')).toHaveCount(0);
    await expect(link('Account SID')).toBeVisible();
    await generator.accountSid.fill(ACCOUNT_SID);
    await expect(link('Account SID')).toHaveCount(0);

    // No grant on: the link goes to the first grant's switch.
    const video = page.getByRole('switch', { name: 'Video', exact: true });
    await video.uncheck();
    await link('Grants').click();
    await expect(video).toBeFocused();
  });

  test('is gone once the form can make a token, and Enter still generates', async ({ page }) => {
    await page.goto('/');
    const generator = generatorPage(page);
    await generator.fill();
    await expect(page.getByRole('group', { name: en.firstVisit.stillNeeded })).toHaveCount(0);
    await expect(page.getByText(en.firstVisit.ready)).toBeVisible();
    await generator.identity.press('Enter');
    await expect(generator.token).toContainText('eyJ');
  });
});

test('before the first token, the right-hand panel shows what the token will hold', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const preview = page.getByRole('region', { name: en.firstVisit.preview.title });
  const value = (key: string) =>
    preview
      .getByRole('term')
      // The key at the start of the term, and not the start of a longer one (grants.identity).
      .filter({ hasText: new RegExp(`^${key.replace('.', '\\.')}(?![.])`) })
      .locator('xpath=following-sibling::dd[1]');
  await expect(value('alg')).toHaveText('HS256');
  await expect(value('cty')).toHaveText('twilio-fpa;v=1');
  await expect(value('grants.identity')).toHaveText(en.firstVisit.preview.notYet);
  await expect(value('exp')).toHaveText(/^4 hours after it is signed: as long as a Video room/);

  await generator.identity.fill('alice');
  await generator.ttl.fill('5400');
  await page.getByRole('switch', { name: 'Voice', exact: true }).check();
  await expect(value('grants.identity')).toHaveText('alice');
  await expect(value('exp')).toHaveText('1 hour 30 minutes after it is signed');
  await expect(value('grants')).toHaveText('Video, Voice');
  await page.getByRole('switch', { name: 'Voice', exact: true }).uncheck();

  // The token replaces it.
  await generator.generate();
  await expect(generator.token).toContainText('eyJ');
  await expect(preview).toHaveCount(0);
});
