import jwt, { type JwtPayload } from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';

const SID = (prefix: string) => `${prefix}0123456789abcdef0123456789abcdef`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const inspectPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Inspect', exact: true });
const comparePanel = (page: Page) => page.getByRole('tabpanel', { name: 'Compare', exact: true });
const editButton = (page: Page) =>
  page.getByRole('button', { name: 'Edit in Generate', exact: true });

/** The claims of a token, verified with the secret, with what is new on every signing left out. */
function lastingClaims(token: string) {
  const { header } = jwt.decode(token, { complete: true }) ?? {};
  const claims = jwt.verify(token, API_KEY_SECRET, { algorithms: ['HS256'] }) as JwtPayload;
  const { iat, exp, jti, ...rest } = claims;
  return { header, claims: rest, ttl: (exp ?? 0) - (iat ?? 0), jti };
}

/** A token with several grants, a region, Not before and a TTL of 2 hours, made in the page. */
async function generateWithGrants(page: Page): Promise<string> {
  const generator = generatorPage(page);
  await generator.fill({ identity: 'agent-7', room: 'support-room', ttl: '7200' });
  for (const name of ['Voice', 'Chat']) {
    await page.getByRole('switch', { name, exact: true }).check();
  }
  const voice = page.getByRole('group', { name: 'Voice grant', exact: true });
  await voice.getByLabel('Outgoing application SID', { exact: true }).fill(SID('AP'));
  await voice
    .getByLabel('Outgoing application parameters', { exact: true })
    .fill('to=+15551234567\nlang=ja-JP');
  await voice.getByLabel('Allow incoming calls', { exact: true }).check();
  const chat = page.getByRole('group', { name: 'Chat grant', exact: true });
  await chat.getByLabel('Service SID', { exact: true }).fill(SID('IS'));
  await chat.getByLabel('Endpoint ID', { exact: true }).fill('agent-7-web');
  await page.getByLabel('Region', { exact: true }).fill('ie1');
  await page.getByLabel('Not before', { exact: true }).fill('1767225600');
  await generator.generateButton.click();
  await expect(generator.token).toBeFocused();
  return generator.tokenText();
}

/** Back in Generate with the form filled: the secret is empty, focused and asked for. */
async function expectSecretAskedFor(page: Page) {
  const generator = generatorPage(page);
  await expect(tab(page, 'Generate')).toHaveAttribute('aria-selected', 'true');
  await expect(generator.apiKeySecret).toHaveValue('');
  await expect(generator.apiKeySecret).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'enter your API Key Secret' }),
  ).toBeVisible();
}

test('a token with several grants, inspected, edited in Generate and signed again, is the same token but for its times and jti', async ({
  page,
}) => {
  const first = await generateWithGrants(page);
  // The form is cleared first, so everything the second token holds came from the first.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(generatorPage(page).identity).toHaveValue('');

  await page.getByRole('button', { name: 'Inspect this token', exact: true }).click();
  await expect(inspectPanel(page).getByLabel('Token to inspect', { exact: true })).toHaveValue(
    first,
  );
  await editButton(page).click();
  await expectSecretAskedFor(page);
  const generator = generatorPage(page);
  await expect(generator.identity).toHaveValue('agent-7');
  await expect(generator.accountSid).toHaveValue(ACCOUNT_SID);
  await expect(generator.apiKeySid).toHaveValue(API_KEY_SID);
  await expect(generator.ttl).toHaveValue('7200');

  await page.keyboard.type(API_KEY_SECRET);
  await generator.generateButton.click();
  await expect(generator.token).not.toHaveText(first);
  const second = await generator.tokenText();

  const before = lastingClaims(first);
  const after = lastingClaims(second);
  expect(after.header).toEqual(before.header);
  expect(after.header).toMatchObject({ twr: 'ie1' });
  expect(after.claims).toEqual(before.claims);
  expect(after.claims.nbf).toBe(1_767_225_600);
  expect(after.ttl).toBe(7200);
  expect(after.jti).not.toBe(before.jti);
});

test('what the form cannot hold is named before the switch, and Cancel stays', async ({ page }) => {
  const now = Math.floor(Date.now() / 1000);
  const token = jwt.sign(
    {
      jti: `${API_KEY_SID}-${String(now)}`,
      grants: { identity: 'alice', video: { room: 'r1' }, fax: { number: '1' } },
      ticket: 'T-1234',
      iat: now,
      exp: now + 600,
    },
    API_KEY_SECRET,
    {
      header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1', kid: 'key-1' },
      issuer: API_KEY_SID,
      subject: ACCOUNT_SID,
    },
  );
  await tab(page, 'Inspect').click();
  await inspectPanel(page).getByLabel('Token to inspect', { exact: true }).fill(token);
  await editButton(page).click();

  const list = page.getByRole('group', { name: 'The form cannot hold all of this token' });
  await expect(list).toContainText('Claim “ticket”');
  await expect(list).toContainText('Grant “fax”');
  await expect(list).toContainText('Header field “kid”');
  const anyway = page.getByRole('button', { name: 'Edit in Generate anyway', exact: true });
  await expect(anyway).toBeFocused();
  // Nothing switched yet: the list is read first.
  await expect(tab(page, 'Inspect')).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(list).toHaveCount(0);
  await expect(tab(page, 'Inspect')).toHaveAttribute('aria-selected', 'true');

  await editButton(page).click();
  await anyway.click();
  await expectSecretAskedFor(page);
  await expect(generatorPage(page).identity).toHaveValue('alice');
  await expect(generatorPage(page).room).toHaveValue('r1');
  await expect(generatorPage(page).ttl).toHaveValue('600');
});

test('each side of Compare edits its own token in Generate', async ({ page }) => {
  const now = Math.floor(Date.now() / 1000);
  const tokenFor = (identity: string, ttl: number) =>
    jwt.sign(
      {
        jti: `${API_KEY_SID}-${String(now)}`,
        grants: { identity, video: {} },
        iat: now,
        exp: now + ttl,
      },
      API_KEY_SECRET,
      {
        header: { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' },
        issuer: API_KEY_SID,
        subject: ACCOUNT_SID,
      },
    );
  await tab(page, 'Compare').click();
  await comparePanel(page).getByLabel('First token', { exact: true }).fill(tokenFor('alice', 900));
  await comparePanel(page).getByLabel('Second token', { exact: true }).fill(tokenFor('bob', 1800));
  await expect(editButton(page)).toHaveCount(2);

  await editButton(page).nth(1).click();
  await expectSecretAskedFor(page);
  await expect(generatorPage(page).identity).toHaveValue('bob');
  await expect(generatorPage(page).ttl).toHaveValue('1800');

  // Compare kept both tokens: the first side edits its own.
  await tab(page, 'Compare').click();
  await editButton(page).nth(0).click();
  await expectSecretAskedFor(page);
  await expect(generatorPage(page).identity).toHaveValue('alice');
  await expect(generatorPage(page).ttl).toHaveValue('900');
});
