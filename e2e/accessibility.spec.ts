import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

/** WCAG 2.1 A and AA, contrast included: zero violations, each listed if any. */
async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('every view and state passes axe', async ({ page }) => {
      await page.goto('/');
      await expectNoViolations(page, 'the empty form');

      const generator = generatorPage(page);
      await generator.generate({ accountSid: API_KEY_SID, identity: '' });
      await expect(generator.accountSid).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'the form with errors');

      await generator.fill();
      await page.getByRole('switch', { name: 'Video', exact: true }).uncheck();
      await generator.generateButton.click();
      await expect(page.getByText(/Switch on at least one grant/)).toBeVisible();
      await expectNoViolations(page, 'the form without a grant');

      for (const name of ['Video', 'Voice', 'Chat', 'Sync', 'TaskRouter', 'Playback']) {
        await page.getByRole('switch', { name, exact: true }).check();
      }
      await page.getByLabel('Algorithm', { exact: true }).selectOption('HS384');
      await generator.generate();
      await expect(generator.decoded).toBeVisible();
      await generator.copyButton.click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
      await expectNoViolations(page, 'the result with every grant, just copied');

      await page.getByRole('button', { name: 'Inspect this token' }).click();
      const inspect = page.getByRole('tabpanel', { name: 'Inspect' });
      await inspect.getByLabel('API Key Secret', { exact: true }).fill('wrong');
      await expect(inspect.getByRole('list', { name: 'Diagnosis' })).toContainText('20107');
      await expectNoViolations(page, 'the inspector with findings');

      await page.getByRole('tab', { name: 'Code', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Copy Node.js code' })).toBeVisible();
      await expectNoViolations(page, 'the code tab');
    });
  });
}
