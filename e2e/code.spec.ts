import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { SNIPPETS } from '../src/features/snippets/index.ts';
import { code as codeJa } from '../src/i18n/ja/code.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const LANGUAGES = ['Node.js', 'Python', 'Java', 'C#', 'PHP', 'Ruby', 'Go'];

/** How many text colours the block shows: one when plain, one per kind of token when highlighted. */
const coloursIn = (block: Locator) =>
  block.evaluate(
    (element) =>
      new Set(
        [element, ...element.querySelectorAll('*')].map((node) => getComputedStyle(node).color),
      ).size,
  );

/** axe's contrast rule (WCAG AA, 4.5:1 for this text) over the Code tab's open language. */
async function expectAaContrast(page: Page, state: string) {
  const { violations, passes } = await new AxeBuilder({ page })
    .include('[role="tabpanel"] [role="tabpanel"]')
    .withRules(['color-contrast'])
    .analyze();
  // axe looked at the tokens themselves, not an empty scope.
  const checked = passes.flatMap((rule) => rule.nodes).map((node) => node.html);
  expect(checked.filter((html) => html.startsWith('<span')).length).toBeGreaterThan(10);
  const nodes = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  );
  expect(nodes, `contrast in ${state}`).toEqual([]);
}

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

  // Back to the form: change the room, and the code follows, still in the language chosen.
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await expect(generator.identity).toHaveValue('bob');
  await generator.room.fill('retro');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(page.getByText("VideoGrant(room='retro')")).toBeVisible();
});

test('on a first visit the Code tab shows a program, and links each field it still needs', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  const missing = page.getByRole('alert');
  await expect(missing).toContainText('The code has placeholders');
  const block = page.getByLabel('Node.js: token.js', { exact: true });
  await expect(block).toContainText("identity: 'YOUR_IDENTITY'");
  await expect(block).toContainText('process.env.TWILIO_API_SECRET');
  await page.getByRole('button', { name: 'Copy Node.js code', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('YOUR_IDENTITY');

  // The link opens the Generate tab with the focus in the empty field.
  await missing.getByRole('button', { name: 'Identity: empty', exact: true }).click();
  const generator = generatorPage(page);
  await expect(page.getByRole('tab', { name: 'Generate', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(generator.identity).toBeFocused();

  // A value with a problem is named as such, and its link leads to it too.
  await generator.identity.fill('bob');
  await generator.ttl.fill('0');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(block).toContainText("identity: 'bob'");
  await expect(missing.getByRole('button')).toHaveText(['TTL (seconds): needs fixing']);
  await missing.getByRole('button', { name: 'TTL (seconds): needs fixing' }).click();
  await expect(generator.ttl).toBeFocused();

  // Complete, the form leaves no placeholder and no list.
  await generator.ttl.fill('3600');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(block).toContainText('ttl: 3600,');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the Code tab keeps the chosen language across tabs and reloads, storing only its name', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ identity: 'kept-out-of-storage' });
  const codeTab = page.getByRole('tab', { name: 'Code', exact: true });
  const python = page
    .getByRole('tablist', { name: 'Languages' })
    .getByRole('tab', { name: 'Python', exact: true });
  await codeTab.click();
  await python.click();
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await codeTab.click();
  await expect(python).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Python: token.py', { exact: true })).toContainText(
    "identity='kept-out-of-storage'",
  );

  await page.reload();
  await codeTab.click();
  await expect(python).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Python: token.py', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(
    JSON.stringify({ 'access-token-lab:code-language': 'python' }),
  );
});

test('the Code tab says when its code no longer makes the token on screen', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const codeTab = page.getByRole('tab', { name: 'Code', exact: true });
  const stale =
    'This code no longer makes the token on the Generate tab: the form has changed since that token was generated.';
  await generator.generate({ identity: 'bob' });
  await expect(generator.token).toBeVisible();
  await codeTab.click();
  await expect(page.getByLabel('Node.js: token.js', { exact: true })).toContainText("'bob'");
  await expect(page.getByText(stale)).toHaveCount(0);

  // A change that the code does not hold (the credentials) keeps it in step.
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await generator.apiKeySid.fill(`SK${'b'.repeat(32)}`);
  await codeTab.click();
  await expect(page.getByLabel('Node.js: token.js', { exact: true })).toBeVisible();
  await expect(page.getByText(stale)).toHaveCount(0);

  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await generator.identity.fill('carol');
  await codeTab.click();
  await expect(page.getByRole('status').filter({ hasText: stale })).toBeVisible();

  // Generating again brings the two together.
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await generator.generateButton.click();
  await expect(generator.token).toBeVisible();
  await codeTab.click();
  await expect(page.getByLabel('Node.js: token.js', { exact: true })).toContainText("'carol'");
  await expect(page.getByText(stale)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    // Seven languages, each with an axe pass and two clipboard round trips.
    test.setTimeout(180_000);

    test('every language is highlighted at AA contrast, and copies as the plain program', async ({
      page,
    }) => {
      await page.goto('/');
      // Quotes, a backslash, Japanese and a key JavaScript objects treat specially.
      await generatorPage(page).fill({ identity: '山田 "Taro" \\ __proto__', room: 'standup' });
      await page.getByRole('tab', { name: 'Code', exact: true }).click();
      const languages = page.getByRole('tablist', { name: 'Languages' });

      for (const snippet of SNIPPETS) {
        await languages.getByRole('tab', { name: snippet.name, exact: true }).click();
        const block = page.getByLabel(`${snippet.name}: ${snippet.filename}`, { exact: true });
        await expect(block).toBeVisible();
        // Text, keywords, strings, numbers, comments and names: each kind in its own colour.
        expect(await coloursIn(block), `colours in ${snippet.name}`).toBeGreaterThanOrEqual(5);
        await expectAaContrast(page, `${snippet.name}, ${colorScheme}`);

        // The clipboard gets the program exactly as shown, with no markup.
        await page.getByRole('button', { name: `Copy ${snippet.name} code`, exact: true }).click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await block.textContent());
        expect(copied).toContain('山田');
        expect(copied).not.toMatch(/<span|class=/);

        await page
          .getByRole('button', { name: `Copy ${snippet.name} install command`, exact: true })
          .click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet.install);
      }
    });
  });
}

test.describe('Japanese', () => {
  test.use({ locale: 'ja-JP', colorScheme: 'dark' });

  test('the comments are Japanese, set apart in their own colour, and copied as they are', async ({
    page,
  }) => {
    await page.goto('/');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field(ja.fields.accountSid.label).fill(ACCOUNT_SID);
    await field(ja.fields.apiKeySid.label).fill(API_KEY_SID);
    await field(ja.fields.apiKeySecret.label).fill(API_KEY_SECRET);
    await field(ja.fields.identity.label).fill('たろう');
    await page.getByRole('tab', { name: ja.tabs.code, exact: true }).click();
    const block = page.getByLabel('Python: token.py', { exact: true });
    await page
      .getByRole('tablist', { name: codeJa.languages })
      .getByRole('tab', { name: 'Python', exact: true })
      .click();
    const comment = block.getByText(codeJa.comments.credentials);
    await expect(comment).toBeVisible();
    const colour = (locator: Locator) => locator.evaluate((node) => getComputedStyle(node).color);
    expect(await colour(comment)).not.toBe(await colour(block));

    await page.getByRole('button', { name: codeJa.copy('Python'), exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`# ${codeJa.comments.credentials}`);
    expect(copied).toContain("identity='たろう'");
  });
});

test('the program is a named block a keyboard can reach and scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await generatorPage(page).fill({ identity: 'bob' });
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await page.getByRole('button', { name: 'Copy Node.js code', exact: true }).focus();
  await page.keyboard.press('Tab');
  const block = page.getByLabel('Node.js: token.js', { exact: true });
  await expect(block).toBeFocused();
  // On a phone the long lines overflow; the arrow keys scroll the focused block sideways.
  expect(await block.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => block.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
});
