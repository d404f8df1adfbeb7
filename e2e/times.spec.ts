import twilio from 'twilio';
import { ja } from '../src/i18n/ja.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

/** Every token of a test is issued at this second. */
const ISSUED_AT = new Date('2026-11-28T09:00:00Z');
const ISSUED = ISSUED_AT.getTime() / 1000;

/** twilio-node's token for the same request, issued at the same second. */
function twilioNodeToken(ttl: number, nbf?: number): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, {
    identity: 'alice',
    ttl,
    ...(nbf === undefined ? {} : { nbf }),
  });
  token.addGrant(new AccessToken.VideoGrant({ room: 'daily-standup' }));
  const realNow = Date.now;
  Date.now = () => ISSUED_AT.getTime();
  try {
    return token.toJwt();
  } finally {
    Date.now = realNow;
  }
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(ISSUED_AT);
});

test('a TTL typed as 4h and a Not before typed as a date-time make twilio-node’s token, and say what they read', async ({
  page,
}) => {
  await page.goto('/');
  const generator = generatorPage(page);
  const nbf = page.getByLabel('Not before', { exact: true });
  await generator.fill({ room: 'daily-standup', ttl: '4h' });
  await expect(page.getByText('Read as 14,400 s = 4 h', { exact: true })).toBeVisible();
  await nbf.fill('2026-11-28T18:10:00+09:00');
  await expect(
    page.getByText(`Read as 2026-11-28 09:10:00 UTC (${String(ISSUED + 600)})`, { exact: true }),
  ).toBeVisible();
  await generator.generateButton.click();
  await expect(generator.token).toHaveText(twilioNodeToken(14_400, ISSUED + 600));

  // Another token in between, so the next one is seen to be new.
  await generator.ttl.fill('1h');
  await generator.generateButton.click();
  await expect(generator.token).toHaveText(twilioNodeToken(3600, ISSUED + 600));

  // The same numbers, written otherwise: the same token, byte for byte.
  await generator.ttl.fill('3h60m');
  await nbf.fill('+10m');
  await expect(page.getByText('Read as 14,400 s = 4 h', { exact: true })).toBeVisible();
  await generator.generateButton.click();
  await expect(generator.token).toHaveText(twilioNodeToken(14_400, ISSUED + 600));
});

test('what cannot be read is named at its field, with the forms that can', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.fill({ room: 'daily-standup', ttl: '4 hours' });
  const nbf = page.getByLabel('Not before', { exact: true });
  await nbf.fill('2026-11-28 18:10');
  await generator.generateButton.click();
  await expect(page.getByText('or hours and minutes such as 4h, 90m or 1h30m.')).toBeVisible();
  await expect(page.getByText('a date-time with its offset (2026-12-02T17:10:00Z)')).toHaveCount(
    2, // the field's description and its problem
  );
  await expect(page.getByText(/^Read as/)).toHaveCount(0);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('says what the TTL was read as, in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(ja.fields.ttl.label, { exact: true }).fill('90m');
    await expect(page.getByText(ja.timeInput.ttlReadAs(5400), { exact: true })).toBeVisible();
  });
});
