import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import jwt from 'jsonwebtoken';
import { code as codeEn } from '../src/i18n/en/code.ts';
import { compare as compareEn } from '../src/i18n/en/compare.ts';
import { decoded as decodedEn } from '../src/i18n/en/decoded.ts';
import { history as historyEn } from '../src/i18n/en/history.ts';
import { inspect as inspectEn } from '../src/i18n/en/inspect.ts';
import { setup as setupEn } from '../src/i18n/en/setup.ts';
import { en } from '../src/i18n/en.ts';
import { code as codeJa } from '../src/i18n/ja/code.ts';
import { compare as compareJa } from '../src/i18n/ja/compare.ts';
import { decoded as decodedJa } from '../src/i18n/ja/decoded.ts';
import { history as historyJa } from '../src/i18n/ja/history.ts';
import { inspect as inspectJa } from '../src/i18n/ja/inspect.ts';
import { setup as setupJa } from '../src/i18n/ja/setup.ts';
import { problems as problemsJa } from '../src/i18n/ja/problems.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
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

/** A token to compare with: another room, iss and sub swapped, expired an hour ago. */
function failingToken(): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      jti: `${ACCOUNT_SID}-${now - 7200}`,
      grants: { identity: 'alice', video: { room: 'retro' } },
      iat: now - 7200,
      exp: now - 3600,
    },
    API_KEY_SECRET,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      issuer: ACCOUNT_SID,
      subject: API_KEY_SID,
    },
  );
}

// Each language walks the same states with its own words, found through the typed messages.
const LANGUAGES = [
  {
    locale: 'en-US',
    main: en,
    decoded: decodedEn,
    history: historyEn,
    inspect: inspectEn,
    compare: compareEn,
    setup: setupEn,
    code: codeEn,
    noGrant: /Switch on at least one grant/,
  },
  {
    locale: 'ja-JP',
    main: ja,
    decoded: decodedJa,
    history: historyJa,
    inspect: inspectJa,
    compare: compareJa,
    setup: setupJa,
    code: codeJa,
    noGrant: new RegExp(problemsJa.describe('grants', { code: 'noGrant' }).slice(0, 10)),
  },
] as const;

for (const words of LANGUAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${words.locale}, ${colorScheme} scheme`, () => {
      test.use({ colorScheme, locale: words.locale });
      // Seven full axe analyses of a large page: about a minute on a quiet two-core machine.
      test.setTimeout(180_000);

      test('every view and state passes axe', async ({ page }) => {
        const t = words.main.generate;
        const labels = words.main.fields;
        const field = (label: string) => page.getByLabel(label, { exact: true });
        const grant = (name: string) => page.getByRole('switch', { name, exact: true });
        const submit = page.getByRole('button', { name: t.submit, exact: true });
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', words.locale.slice(0, 2));
        await expectNoViolations(page, 'the empty form');

        await field(labels.accountSid.label).fill(API_KEY_SID);
        await submit.click();
        await expect(field(labels.accountSid.label)).toHaveAttribute('aria-invalid', 'true');
        await expectNoViolations(page, 'the form with errors');

        await field(labels.accountSid.label).fill(ACCOUNT_SID);
        await field(labels.apiKeySid.label).fill(API_KEY_SID);
        await field(labels.apiKeySecret.label).fill(API_KEY_SECRET);
        await field(labels.identity.label).fill('alice');
        await grant(words.main.grants.video.name).uncheck();
        await submit.click();
        await expect(page.getByText(words.noGrant)).toBeVisible();
        await expectNoViolations(page, 'the form without a grant');

        for (const { name } of Object.values(words.main.grants)) await grant(name).check();
        await field(labels.algorithm.label).selectOption('HS384');
        await page.getByRole('switch', { name: words.setup.remember }).check();
        await submit.click();
        await expect(page.getByRole('region', { name: words.decoded.title })).toBeVisible();
        await submit.click();
        await expect(page.getByRole('region', { name: words.history.title })).toBeVisible();
        await page.getByRole('button', { name: words.main.result.copy, exact: true }).click();
        await expect(
          page.getByRole('status').filter({ hasText: words.main.result.copied }),
        ).toBeVisible();
        await expectNoViolations(page, 'the result with every grant and history, just copied');

        await page.getByRole('button', { name: words.main.result.inspect }).click();
        const inspect = page.getByRole('tabpanel', { name: words.main.tabs.inspect });
        await inspect.getByLabel(words.inspect.secretLabel, { exact: true }).fill('wrong');
        await expect(inspect.getByRole('list', { name: words.inspect.diagnosis })).toContainText(
          '20107',
        );
        await expect(
          inspect.getByRole('region', { name: words.inspect.madeBy.heading }),
        ).toBeVisible();
        await expectNoViolations(page, 'the inspector with findings and who made the token');

        await inspect.getByRole('button', { name: words.inspect.compareWith }).click();
        const compare = page.getByRole('tabpanel', { name: words.main.tabs.compare });
        const second = compare.getByLabel(words.compare.tokenLabel.second, { exact: true });
        await expect(second).toBeFocused();
        await second.fill(failingToken());
        await compare.getByLabel(words.compare.secretLabel, { exact: true }).fill('wrong');
        await expect(
          compare.getByRole('list', { name: words.compare.diagnosisLabel.first }),
        ).toContainText('20107');
        await expect(compare.getByRole('list', { name: words.compare.differences })).toBeVisible();
        await expectNoViolations(page, 'the comparison with differences and errors on both sides');

        await page.getByRole('tab', { name: words.main.tabs.code, exact: true }).click();
        await expect(page.getByRole('button', { name: words.code.copy('Node.js') })).toBeVisible();
        await expectNoViolations(page, 'the code tab');
      });
    });
  }
}
