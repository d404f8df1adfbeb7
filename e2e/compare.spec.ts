import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import jwt from 'jsonwebtoken';
import twilio from 'twilio';
import { compare as compareJa } from '../src/i18n/ja/compare.ts';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

/** Every token of a test is issued at this second, so two of them differ only where asked. */
const ISSUED_AT = new Date('2026-11-28T09:00:00Z');
const ISSUED = ISSUED_AT.getTime() / 1000;

/** The Compare tab as a user sees it: boxes by their labels, lists by their names. */
function comparePage(page: Page) {
  const panel = page.getByRole('tabpanel', { name: 'Compare', exact: true });
  const difference = (path: string) =>
    panel
      .getByRole('list', { name: 'Differences', exact: true })
      .getByRole('listitem')
      .filter({ has: page.getByText(path, { exact: true }) });
  return {
    tab: page.getByRole('tab', { name: 'Compare', exact: true }),
    panel,
    first: panel.getByLabel('First token', { exact: true }),
    second: panel.getByLabel('Second token', { exact: true }),
    // The generator has a field of the same name, kept in the page while its tab is hidden.
    secret: panel.getByLabel('API Key Secret', { exact: true }),
    differences: panel.getByRole('list', { name: 'Differences', exact: true }),
    difference,
    diagnosis: (side: 'first' | 'second') =>
      panel.getByRole('list', { name: `Diagnosis of the ${side} token`, exact: true }),
    comparison: panel.getByRole('region', { name: 'Comparison', exact: true }),
    times: panel.getByRole('table', { name: 'Times', exact: true }),
  };
}

/** twilio-node's token for what the generator's defaults and this identity and room ask. */
function twilioNodeToken(room: string, secret = API_KEY_SECRET): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, secret, { identity: 'alice', ttl: 3600 });
  token.addGrant(new AccessToken.VideoGrant({ room }));
  const realNow = Date.now;
  Date.now = () => ISSUED_AT.getTime();
  try {
    return token.toJwt();
  } finally {
    Date.now = realNow;
  }
}

/** The same header and payload, signed with another secret. */
function resigned(token: string, secret: string): string {
  const [header = '', payload = ''] = token.split('.');
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(ISSUED_AT);
});

test('"Compare with…" from the result, then the second token pasted: each difference named and explained', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const compare = comparePage(page);
  await generator.generate({ room: 'daily-standup', ttl: '3600' });
  const first = await generator.tokenText();
  await page.getByRole('button', { name: 'Compare with…', exact: true }).click();
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');
  await expect(compare.first).toHaveValue(first);
  // Where the second token goes is where the focus is.
  await expect(compare.second).toBeFocused();
  await expect(compare.comparison).toContainText('Paste a token in each box');

  await page.getByRole('tab', { name: 'Generate', exact: true }).click();
  await generator.generate({ room: 'retro', ttl: '14400', identity: 'bob' });
  const second = await generator.tokenText();
  expect(second).not.toBe(first);
  await generator.copyButton.click();
  await compare.tab.click();
  await compare.second.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(compare.second).toHaveValue(second);

  await expect(compare.comparison).toContainText('The tokens differ in 3 fields.');
  await expect(compare.differences.getByRole('listitem')).toHaveCount(3);
  await expect(compare.difference('grants.identity')).toContainText('"alice"');
  await expect(compare.difference('grants.identity')).toContainText('"bob"');
  await expect(compare.difference('grants.identity')).toContainText('Acts as someone else');
  const room = compare.difference('grants.video.room');
  await expect(room).toContainText('Video room');
  await expect(room).toContainText('"daily-standup"');
  await expect(room).toContainText('"retro"');
  await expect(room).toContainText('Scoped to another room');
  await expect(compare.difference('exp')).toContainText(
    'Expires 3,600 s (1 h) after issue vs 14,400 s (4 h) after issue.',
  );
  await expect(compare.difference('exp')).toContainText('2026-11-28 10:00:00 UTC');

  const lifetime = compare.times
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Lifetime' }) });
  await expect(lifetime).toContainText('3,600 s (1 h) after issue');
  await expect(lifetime).toContainText('14,400 s (4 h) after issue');
  const now = compare.times
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Now' }) });
  await expect(now).toContainText('valid, expires in 3,600 s (1 h)');

  // Both verdicts are clean; switching tabs keeps both tokens.
  await expect(compare.diagnosis('first')).toContainText('No problems found');
  await expect(compare.diagnosis('second')).toContainText('No problems found');
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await compare.tab.click();
  await expect(compare.first).toHaveValue(first);
  await expect(compare.second).toHaveValue(second);
});

test('our token and twilio-node’s for the same request are identical, however the second is pasted', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const compare = comparePage(page);
  await generator.generate({ room: 'daily-standup', ttl: '3600' });
  await page.getByRole('button', { name: 'Compare with…', exact: true }).click();
  const official = twilioNodeToken('daily-standup');
  await compare.second.fill(`"Bearer ${official.slice(0, 60)}\n${official.slice(60)}"`);
  await expect(compare.comparison).toContainText('The two tokens are identical');
  await expect(compare.differences).toHaveCount(0);
});

test('a token re-signed with another secret differs in its signature only, and the secret tells which', async ({
  page,
}) => {
  await page.goto('/');
  const compare = comparePage(page);
  await compare.tab.click();
  const official = twilioNodeToken('daily-standup');
  await compare.first.fill(official);
  await compare.second.fill(resigned(official, 'a-secret-from-another-api-key-00'));
  await expect(compare.comparison).toContainText(
    'Same header and payload, different signature: signed with a different secret or algorithm.',
  );
  await expect(compare.comparison).toContainText('Enter an API Key Secret');
  await compare.secret.fill(API_KEY_SECRET);
  // The summary agrees with both verdicts, and with a secret it never asks for one.
  await expect(compare.comparison).toContainText(
    'The API Key Secret signed the first token, not the second (Twilio error 20107).',
  );
  await expect(compare.comparison).not.toContainText('Enter an API Key Secret');
  await expect(compare.diagnosis('first')).toContainText('Signature verified');
  const mismatch = compare.diagnosis('second').getByRole('listitem').filter({ hasText: '20107' });
  await expect(mismatch).toContainText('Error');
  await expect(compare.diagnosis('second')).not.toContainText('Signature verified');
  // The secret is never written into the page as an attribute.
  await expect(compare.secret).not.toHaveAttribute('value');

  // Swapped round, the summary follows; with the other key's secret, it signed the second.
  await compare.secret.fill('a-secret-from-another-api-key-00');
  await expect(compare.comparison).toContainText(
    'The API Key Secret signed the second token, not the first (Twilio error 20107).',
  );
  await compare.first.fill(official.replace(/\.[^.]*$/, `.${'A'.repeat(43)}`));
  await compare.secret.fill('wrong');
  await expect(compare.comparison).toContainText(
    'The API Key Secret signed neither token (Twilio error 20107 for both).',
  );
  await expect(compare.comparison).not.toContainText('Enter an API Key Secret');
});

test('a broken token on one side: its verdict shows its errors first, and the swap is named', async ({
  page,
}) => {
  await page.goto('/');
  const compare = comparePage(page);
  await compare.tab.click();
  // iss and sub the wrong way round, and expired an hour ago.
  const broken = jwt.sign(
    {
      jti: `${ACCOUNT_SID}-${ISSUED - 7200}`,
      grants: { identity: 'alice', video: { room: 'daily-standup' } },
      iat: ISSUED - 7200,
      exp: ISSUED - 3600,
    },
    API_KEY_SECRET,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
      issuer: ACCOUNT_SID,
      subject: API_KEY_SID,
    },
  );
  await compare.first.fill(twilioNodeToken('daily-standup'));
  await compare.second.fill(broken);

  const verdict = compare.diagnosis('second').getByRole('listitem');
  await expect(verdict.first()).toContainText('Error');
  await expect(verdict.filter({ hasText: '20104' })).toContainText('Error');
  await expect(verdict.filter({ hasText: '20103' }).first()).toContainText('Error');
  await expect(compare.diagnosis('first')).toContainText('No problems found');
  await expect(compare.difference('iss')).toContainText('iss and sub are swapped');
  await expect(compare.difference('sub')).toContainText('iss and sub are swapped');
  const now = compare.times
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Now' }) });
  await expect(now).toContainText('expired 3,600 s (1 h) ago');

  // Something that is no token at all cannot be compared, and its verdict says why.
  await compare.second.fill('not-a-token');
  await expect(compare.comparison).toContainText('The second token cannot be read as a JWT');
  await expect(compare.diagnosis('second').getByRole('listitem').first()).toContainText('20101');
});

test('"Compare with…" from the inspector carries its token over, without its wrapping', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
  const official = twilioNodeToken('daily-standup');
  await page.getByLabel('Token to inspect', { exact: true }).fill(`Bearer ${official}`);
  await page.getByRole('button', { name: 'Compare with…', exact: true }).click();
  const compare = comparePage(page);
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');
  await expect(compare.first).toHaveValue(official);
  await expect(compare.second).toBeFocused();
});

test('keyboard alone: from the result to the Compare tab, a paste, and through every control', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const compare = comparePage(page);
  await generator.generate({ room: 'daily-standup' });
  const inspectButton = page.getByRole('button', { name: 'Inspect this token', exact: true });
  await inspectButton.focus();
  await page.keyboard.press('Tab');
  const compareButton = page.getByRole('button', { name: 'Compare with…', exact: true });
  await expect(compareButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(compare.second).toBeFocused();

  await page.evaluate((text) => navigator.clipboard.writeText(text), twilioNodeToken('retro'));
  await page.keyboard.press('ControlOrMeta+V');
  await expect(compare.difference('grants.video.room')).toContainText('"retro"');

  // Each side's own action follows its box: the second token's "Edit in Generate".
  await page.keyboard.press('Tab');
  await expect(
    compare.panel.getByRole('button', { name: 'Edit in Generate', exact: true }).nth(1),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(compare.secret).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(compare.panel.getByRole('button', { name: 'Show API Key Secret' })).toBeFocused();

  // The tabs: arrows move between them, and opening Compare this way leaves the focus on its tab.
  const inspectTab = page.getByRole('tab', { name: 'Inspect', exact: true });
  await inspectTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(compare.tab).toBeFocused();
  await expect(compare.tab).toHaveAttribute('aria-selected', 'true');
  await expect(compare.second).toHaveValue(twilioNodeToken('retro'));
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('compares in Japanese, with Twilio’s Japanese words', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: ja.tabs.compare, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: ja.tabs.compare, exact: true });
    await panel
      .getByLabel(compareJa.tokenLabel.first, { exact: true })
      .fill(twilioNodeToken('daily-standup'));
    await panel
      .getByLabel(compareJa.tokenLabel.second, { exact: true })
      .fill(twilioNodeToken('retro'));
    const differences = panel.getByRole('list', { name: compareJa.differences, exact: true });
    const room = differences.getByRole('listitem').filter({ hasText: 'grants.video.room' });
    await expect(room).toContainText('Video ルーム');
    await expect(room).toContainText(
      compareJa.describeConsequence({
        code: 'differs',
        params: { place: { kind: 'option', grant: 'video', option: 'room', part: 'whole' } },
      }),
    );
    await expect(panel.getByRole('region', { name: compareJa.comparison })).toContainText(
      compareJa.different(1),
    );
    await expect(
      panel.getByRole('list', { name: compareJa.diagnosisLabel.second, exact: true }),
    ).toContainText(/[ぁ-んァ-ン]/);

    await page.getByRole('tab', { name: ja.tabs.generate, exact: true }).click();
    await expect(page.getByRole('tab', { name: '比較', exact: true })).toBeVisible();
  });
});
