import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { code as codeJa } from '../src/i18n/ja/code.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the Code tab writes a server route, with its .env, run command and curl', async ({
  page,
}) => {
  await page.goto('/');
  await generatorPage(page).fill({ identity: "bob's", room: 'standup' });
  await page.getByRole('tab', { name: 'Code', exact: true }).click();

  // Scripts, as before, until the route is chosen.
  const program = page.getByRole('radiogroup', { name: 'Program' });
  await expect(program.getByRole('radio', { name: 'Script', exact: true })).toBeChecked();
  await expect(page.getByLabel('Node.js: token.js', { exact: true })).toBeVisible();
  await program.getByText('Server route', { exact: true }).click();
  await expect(program.getByRole('radio', { name: 'Server route', exact: true })).toBeChecked();

  const route = page.getByLabel('Node.js: server.js', { exact: true });
  await expect(route).toContainText("const express = require('express');");
  await expect(route).toContainText("app.get('/token', (req, res) => {");
  await expect(route).toContainText('new VideoGrant({ room: room })');

  await page.getByRole('button', { name: 'Copy Node.js code', exact: true }).click();
  const code = await clipboard(page);
  expect(code).toBe(await route.textContent());
  expect(code).toContain("res.set('Cache-Control', 'no-store');");
  expect(code).not.toContain(API_KEY_SECRET);

  await page.getByRole('button', { name: 'Copy Node.js install command', exact: true }).click();
  expect(await clipboard(page)).toBe('npm install twilio@6 express@5');

  // The form's SIDs, and a placeholder where the secret goes: never the secret.
  await page.getByRole('button', { name: 'Copy Node.js .env', exact: true }).click();
  expect(await clipboard(page)).toBe(
    `TWILIO_ACCOUNT_SID=${ACCOUNT_SID}\nTWILIO_API_KEY=${API_KEY_SID}\nTWILIO_API_SECRET=your_api_key_secret\n`,
  );
  await page.getByRole('button', { name: 'Copy Node.js run command', exact: true }).click();
  expect(await clipboard(page)).toBe('node --env-file=.env server.js');
  await page.getByRole('button', { name: 'Copy Node.js curl command', exact: true }).click();
  expect(await clipboard(page)).toBe(
    "curl -i 'http://localhost:3000/token?identity=bob%27s&room=standup'",
  );

  // The steps and their code pass axe, contrast included.
  const { violations } = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // Every language follows the choice; Flask's object is `app`.
  const languages = page.getByRole('tablist', { name: 'Languages' });
  await languages.getByRole('tab', { name: 'Python', exact: true }).click();
  await expect(page.getByLabel('Python: server.py', { exact: true })).toContainText(
    'app = Flask(__name__)',
  );

  // The edge program: jose, and a Worker's fetch(request, env).
  await languages.getByRole('tab', { name: 'Edge (jose)', exact: true }).click();
  const edge = page.getByLabel('Edge (jose): worker.js', { exact: true });
  await expect(edge).toContainText("import { CompactSign } from 'jose';");
  await expect(edge).toContainText('async fetch(request, env) {');
  await page.getByRole('button', { name: 'Copy Edge (jose) code', exact: true }).click();
  expect(await clipboard(page)).toBe(await edge.textContent());

  // Back to scripts, by keyboard: the radios move with the arrow keys.
  await program.getByRole('radio', { name: 'Server route', exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(program.getByRole('radio', { name: 'Script', exact: true })).toBeChecked();
  await languages.getByRole('tab', { name: 'Node.js', exact: true }).click();
  await expect(page.getByLabel('Node.js: token.js', { exact: true })).toBeVisible();
});

test.describe('Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the control and the route’s comments are in Japanese', async ({ page }) => {
    await page.goto('/');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field(ja.fields.accountSid.label).fill(ACCOUNT_SID);
    await field(ja.fields.apiKeySid.label).fill(API_KEY_SID);
    await field(ja.fields.apiKeySecret.label).fill(API_KEY_SECRET);
    await field(ja.fields.identity.label).fill('たろう');
    await page.getByRole('tab', { name: ja.tabs.code, exact: true }).click();
    const program = page.getByRole('radiogroup', { name: codeJa.routes.program });
    await program.getByText(codeJa.routes.serverRoute, { exact: true }).click();
    const route = page.getByLabel('Node.js: server.js', { exact: true });
    await expect(route).toContainText(`// ${codeJa.routes.comments.checkUser}`);
    await page
      .getByRole('button', { name: codeJa.routes.copyCurl('Node.js'), exact: true })
      .click();
    expect(await clipboard(page)).toBe(
      `curl -i 'http://localhost:3000/token?identity=${encodeURIComponent('たろう')}'`,
    );
  });
});
