import jwt, { type JwtPayload } from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, recordRequests, test } from './support/test.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('generates a Video token that verifies with the secret and carries every claim', async ({
  page,
}) => {
  const generator = generatorPage(page);
  const before = Math.floor(Date.now() / 1000);
  await generator.generate({ identity: 'アリス 🦊 "quoted"', room: 'daily-standup', ttl: '600' });

  await expect(generator.token).toBeVisible();
  const token = await generator.tokenText();
  const header = jwt.decode(token, { complete: true })?.header;
  expect(header).toEqual({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' });

  const claims = jwt.verify(token, API_KEY_SECRET, { algorithms: ['HS256'] }) as JwtPayload;
  const iat = claims.iat ?? 0;
  expect(iat).toBeGreaterThanOrEqual(before);
  expect(iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  expect(claims).toEqual({
    jti: `${API_KEY_SID}-${iat}`,
    grants: { identity: 'アリス 🦊 "quoted"', video: { room: 'daily-standup' } },
    iat,
    exp: iat + 600,
    iss: API_KEY_SID,
    sub: ACCOUNT_SID,
  });
});

test('a token without a room grants any room, for as long as Video advises', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.generate();
  const claims = jwt.verify(await generator.tokenText(), API_KEY_SECRET) as JwtPayload;
  expect(claims.grants).toEqual({ identity: 'alice', video: {} });
  // The default TTL with Video on: the longest session, so a participant can reconnect.
  expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(14_400);
});

test('Copy puts exactly the token on the clipboard and says so', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.generate();
  const token = await generator.tokenText();
  expect(token.split('.')).toHaveLength(3);

  await generator.copyButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
});

test.describe('in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('the decoded panel explains every claim and counts down to expiry', async ({ page }) => {
    // Time stands still at 09:00 UTC while the form is filled, then moves only when told to.
    await page.clock.install({ time: new Date('2026-11-28T08:59:00Z') });
    await page.goto('/');
    await page.clock.pauseAt(new Date('2026-11-28T09:00:00Z'));
    const generator = generatorPage(page);
    await generator.generate({ room: 'standup', ttl: '3600' });
    // React reveals the lazily loaded result panel on a timer; let paused time run a little.
    await page.clock.runFor(500);

    const decoded = generator.decoded;
    await expect(decoded).toBeVisible();
    for (const claim of [
      'alg',
      'typ',
      'cty',
      'jti',
      'grants.identity',
      'grants.video',
      'grants.video.room',
      'iat',
      'exp',
      'iss',
      'sub',
    ]) {
      await expect(decoded.getByRole('rowheader', { name: claim, exact: true })).toBeVisible();
    }
    const expRow = decoded
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'exp', exact: true }) });
    await expect(expRow).toContainText('1795860000');
    await expect(expRow).toContainText('Local: Nov 28, 2026, 7:00:00 PM GMT+9');
    await expect(expRow).toContainText('UTC: Nov 28, 2026, 10:00:00 AM UTC');
    await expect(expRow).toContainText('Expires at');
    await expect(expRow).toContainText(/expires in (59 min|1 h)Expires at/);
    await expect(decoded.getByRole('row').filter({ hasText: 'grants.video.room' })).toContainText(
      'Only the room “standup” may be joined',
    );

    await page.clock.fastForward('30:00');
    await expect(expRow).toContainText(/expires in (29|30) min/);
    await page.clock.fastForward('31:00');
    await expect(expRow).toContainText('expired 1 min ago');
  });
});

test.describe('bad input is reported at its field and produces no token', () => {
  const cases = [
    {
      label: 'Account SID',
      input: { accountSid: API_KEY_SID },
      message: 'This is an API Key SID (SK…); an Account SID starts with AC.',
    },
    {
      label: 'API Key SID',
      input: { apiKeySid: ACCOUNT_SID },
      message: 'This is an Account SID (AC…); an API Key SID starts with SK.',
    },
    {
      label: 'API Key SID',
      input: { apiKeySid: 'SK123' },
      message: 'An API Key SID is SK followed by 32 lowercase hex characters (0-9, a-f).',
    },
    {
      label: 'API Key Secret',
      input: { apiKeySecret: '' },
      message: 'API Key Secret is required.',
    },
    { label: 'Identity', input: { identity: '' }, message: 'Identity is required.' },
    {
      // With Video on, Video's own limit (error 53201).
      label: 'Identity',
      input: { identity: 'x'.repeat(129) },
      message: 'Video takes identities of at most 128 characters, and this one has 129.',
    },
    {
      label: 'Room name',
      input: { room: ACCOUNT_SID },
      message: 'This is an Account SID (AC…); a Room SID starts with RM.',
    },
    {
      label: 'TTL (seconds)',
      input: { ttl: '86401' },
      message:
        'Use 1 to 86,400 seconds: Twilio rejects tokens that live longer than 24 hours (error 20157).',
    },
    {
      label: 'TTL (seconds)',
      input: { ttl: '1.5' },
      message: 'Use a whole number of seconds, or hours and minutes such as 4h, 90m or 1h30m.',
    },
    { label: 'TTL (seconds)', input: { ttl: '0' }, message: 'Use 1 to 86,400 seconds' },
  ];

  for (const { label, input, message } of cases) {
    test(`${label}: ${message.slice(0, 40)}`, async ({ page }) => {
      const generator = generatorPage(page);
      // A good token first, so we can see the failed attempt remove it.
      await generator.generate();
      await expect(generator.token).toBeVisible();

      await generator.generate(input);
      const field = page.getByLabel(label, { exact: true });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
      await expect(generator.token).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('errors show on blur, before any submit', async ({ page }) => {
    const generator = generatorPage(page);
    await generator.accountSid.fill('hello');
    await generator.accountSid.blur();
    await expect(generator.accountSid).toHaveAccessibleDescription(
      /An Account SID is AC followed by 32 lowercase hex characters/,
    );
  });
});

test('pasted SIDs and secrets are trimmed', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.generate({
    accountSid: `  ${ACCOUNT_SID}\n`,
    apiKeySid: `\t${API_KEY_SID} `,
    apiKeySecret: ` ${API_KEY_SECRET} `,
  });
  const claims = jwt.verify(await generator.tokenText(), API_KEY_SECRET) as JwtPayload;
  expect(claims.sub).toBe(ACCOUNT_SID);
  expect(claims.iss).toBe(API_KEY_SID);
});

test('warns, without refusing, about an unusual secret length and a long TTL', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.generate({ apiKeySecret: 'short', ttl: '20000' });
  await expect(generator.apiKeySecret).toHaveAccessibleDescription(
    /Twilio’s API Key Secrets are 32 characters; this one has 5/,
  );
  await expect(generator.ttl).toHaveAccessibleDescription(/at most 4 hours/);
  const claims = jwt.verify(await generator.tokenText(), 'short') as JwtPayload;
  expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(20000);
});

test('the secret can be revealed and hidden with the keyboard', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.apiKeySecret.fill('abc');
  await expect(generator.apiKeySecret).toHaveAttribute('type', 'password');
  const toggle = page.getByRole('button', { name: 'Show API Key Secret' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(generator.apiKeySecret).toHaveAttribute('type', 'text');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('the secret never reaches the URL, storage, cookies or any request', async ({
  page,
  context,
}) => {
  const requests = recordRequests(page);
  await page.reload();
  const generator = generatorPage(page);
  await generator.generate();
  await expect(generator.token).toBeVisible();
  await generator.copyButton.click();

  expect(page.url()).not.toContain(API_KEY_SECRET);
  const storage = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
  expect(storage).not.toContain(API_KEY_SECRET);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(requests.join('\n')).not.toContain(API_KEY_SECRET);
  // Everything fetched is the page's own files, all requested before the first token.
  for (const request of requests) expect(request).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\//);
});

test('the built page ships a strict Content-Security-Policy', async ({ page }) => {
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-eval');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the claims stay a table for assistive technology and fit the screen', async ({ page }) => {
    const generator = generatorPage(page);
    await generator.generate();
    const row = generator.decoded.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'sub', exact: true }),
    });
    await expect(row).toContainText('Subject: the Account SID');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  test('the result’s buttons wrap into one straight column', async ({ page }) => {
    await generatorPage(page).generate();
    const inspect = await page.getByRole('button', { name: 'Inspect this token' }).boundingBox();
    const copy = await page.getByRole('button', { name: 'Copy access token' }).boundingBox();
    // On a phone the two no longer fit on one line: Copy comes first, Inspect goes under it,
    // left edges flush.
    expect(inspect?.y).toBeGreaterThan((copy?.y ?? 0) + (copy?.height ?? 0) - 1);
    expect(inspect?.x).toBe(copy?.x);
  });
});

test('keyboard alone: fill with Tab, generate with Ctrl+Enter, land on the token', async ({
  page,
}) => {
  const generator = generatorPage(page);
  await generator.accountSid.focus();
  await page.keyboard.type(ACCOUNT_SID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(API_KEY_SID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(API_KEY_SECRET);
  await expect(generator.apiKeySecret).toHaveValue(API_KEY_SECRET);
  await page.keyboard.press('Tab'); // the secret's reveal toggle
  await page.keyboard.press('Tab');
  await expect(generator.identity).toBeFocused();
  await page.keyboard.type('keyboard-user');
  await page.keyboard.press('Control+Enter');

  await expect(generator.token).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Access token generated for keyboard-user' }),
  ).toHaveCount(1);
  const claims = jwt.verify(await generator.tokenText(), API_KEY_SECRET) as JwtPayload;
  expect(claims.grants).toEqual({ identity: 'keyboard-user', video: {} });
});
