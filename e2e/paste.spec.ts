import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import twilio from 'twilio';
import { inspect as inspectJa } from '../src/i18n/ja/inspect.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { expect, test } from './support/test.ts';

/** A real token from twilio-node, expired an hour ago: its diagnosis must say so. */
function expiredToken(): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, {
    identity: 'alice',
    ttl: 3600,
  });
  token.addGrant(new AccessToken.VideoGrant({ room: 'standup' }));
  const realNow = Date.now;
  Date.now = () => realNow() - 2 * 3600 * 1000;
  try {
    return token.toJwt();
  } finally {
    Date.now = realNow;
  }
}

const TWIML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Dial><Client>alice</Client></Dial>\n</Response>';
const PYTHON_OBJECT = '<twilio.jwt.access_token.AccessToken object at 0x7f3c2a1b9d90>';

function inspectPage(page: Page) {
  const panel = page.getByRole('tabpanel', { name: 'Inspect', exact: true });
  return {
    open: () => page.getByRole('tab', { name: 'Inspect', exact: true }).click(),
    box: panel.getByLabel('Token to inspect', { exact: true }),
    reading: (heading: string | RegExp) => panel.getByRole('region', { name: heading }),
    diagnosis: panel.getByRole('list', { name: 'Diagnosis', exact: true }),
    copy: panel.getByRole('button', { name: 'Copy this token', exact: true }),
  };
}

function comparePage(page: Page) {
  const panel = page.getByRole('tabpanel', { name: 'Compare', exact: true });
  return {
    open: () => page.getByRole('tab', { name: 'Compare', exact: true }).click(),
    second: panel.getByLabel('Second token', { exact: true }),
    reading: (heading: string | RegExp) => panel.getByRole('region', { name: heading }),
    diagnosis: panel.getByRole('list', { name: 'Diagnosis of the second token', exact: true }),
    copy: panel.getByRole('button', { name: 'Copy this token (Second token)', exact: true }),
  };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const view of ['Inspect', 'Compare'] as const) {
  test.describe(`in ${view}`, () => {
    const open = (page: Page) => {
      const box = view === 'Inspect' ? inspectPage(page) : comparePage(page);
      return { ...box, field: 'box' in box ? box.box : box.second };
    };

    test('TwiML is named as TwiML, with no advice to copy the token again', async ({ page }) => {
      const box = open(page);
      await box.open();
      await box.field.fill(TWIML);
      const reading = box.reading('This is TwiML, not a token');
      await expect(reading).toContainText(
        'point the client at the endpoint that returns the token',
      );
      await expect(box.diagnosis).toHaveCount(0);
      await expect(page.getByText('Copy the token again')).toHaveCount(0);
    });

    test('a JSON body: its token is shown, copied exactly, and diagnosed', async ({ page }) => {
      const token = expiredToken();
      const box = open(page);
      await box.open();
      await box.field.fill(JSON.stringify({ identity: 'alice', data: { token } }, null, 2));
      const reading = box.reading('A token, taken out of what you pasted');
      await expect(reading).toContainText('This is JSON, with the token under “data.token”');
      await expect(reading.getByText(token, { exact: true })).toBeVisible();
      await box.copy.click();
      await expect(reading.getByRole('status')).toHaveText('Copied');
      expect(await clipboard(page)).toBe(token);
      // Diagnosed as if pasted alone: expired (20104), nothing about the JSON around it.
      const expired = box.diagnosis.getByRole('listitem').filter({ hasText: '20104' });
      await expect(expired).toContainText('Error');
      await expect(box.diagnosis).not.toContainText('not a JWT');
    });

    test('an Account SID is named, with where it belongs', async ({ page }) => {
      const box = open(page);
      await box.open();
      await box.field.fill(ACCOUNT_SID);
      const reading = box.reading('This is an Account SID (AC…), not a token');
      await expect(reading).toContainText('the token’s sub claim');
      await expect(box.diagnosis).toHaveCount(0);
    });

    test('a printed Python object names the library and to_jwt()', async ({ page }) => {
      const box = open(page);
      await box.open();
      await box.field.fill(PYTHON_OBJECT);
      const reading = box.reading(/twilio-python’s AccessToken object, printed instead of signed/);
      await expect(reading).toContainText('Call to_jwt() on the AccessToken');
      await expect(box.diagnosis).toHaveCount(0);
    });
  });
}

test('a pasted secret is named, with the warning that it must never reach a client', async ({
  page,
}) => {
  const inspect = inspectPage(page);
  await inspect.open();
  await inspect.box.fill(API_KEY_SECRET);
  const reading = inspect.reading(/Auth Token or an API Key Secret, not a token/);
  await expect(reading).toContainText('Neither must ever reach a client');
});

test('the reading passes axe, light and dark, with a token shown', async ({ page }) => {
  const inspect = inspectPage(page);
  await inspect.open();
  await inspect.box.fill(`curl -H 'Authorization: Bearer ${expiredToken()}' https://app.example`);
  await expect(inspect.reading('A token, taken out of what you pasted')).toContainText('curl');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page })
      .include('[data-kind]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => violation.id),
      scheme,
    ).toEqual([]);
  }
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('TwiML and a token in a URL are worded in Japanese', async ({ page }) => {
    const t = inspectJa.paste;
    await page.getByRole('tab', { name: '検査' }).click();
    const panel = page.getByRole('tabpanel', { name: '検査' });
    const box = panel.getByLabel(inspectJa.tokenLabel, { exact: true });
    await box.fill(TWIML);
    await expect(
      panel.getByRole('region', { name: t.heading({ kind: 'twiml' }, false) }),
    ).toBeVisible();

    const token = expiredToken();
    await box.fill(`https://app.example/call#access_token=${token}`);
    const reading = panel.getByRole('region', {
      name: t.heading({ kind: 'extracted', token, source: { kind: 'curl' } }, false),
    });
    await expect(reading).toContainText('フラグメント');
    await reading.getByRole('button', { name: t.copyToken, exact: true }).click();
    expect(await clipboard(page)).toBe(token);
  });
});
