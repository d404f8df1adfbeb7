import jwt, { type JwtPayload } from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { expect, test } from './support/test.ts';

const SID = (prefix: string) => `${prefix}0123456789abcdef0123456789abcdef`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

/** Decodes and verifies the token on screen with the secret, in the test process. */
async function verifiedClaims(page: import('@playwright/test').Page, algorithm = 'HS256') {
  const token = await generatorPage(page).tokenText();
  const header = jwt.decode(token, { complete: true })?.header;
  const claims = jwt.verify(token, API_KEY_SECRET, {
    algorithms: [algorithm as jwt.Algorithm],
  }) as JwtPayload;
  return { header, claims };
}

test('every grant switched on by name and filled by label ends up in the token', async ({
  page,
}) => {
  const generator = generatorPage(page);
  await generator.fill({ identity: 'agent-7', room: 'support-room' });
  for (const name of ['Voice', 'Chat', 'Sync', 'TaskRouter', 'Playback']) {
    await page.getByRole('switch', { name, exact: true }).check();
  }
  const voice = page.getByRole('group', { name: 'Voice grant', exact: true });
  await voice.getByLabel('Outgoing application SID', { exact: true }).fill(SID('AP'));
  await voice
    .getByLabel('Outgoing application parameters', { exact: true })
    .fill('to=+15551234567\nlang=ja-JP');
  await voice.getByLabel('Allow incoming calls', { exact: true }).check();
  await voice.getByLabel('Push credential SID', { exact: true }).fill(SID('CR'));
  await voice.getByLabel('Endpoint ID', { exact: true }).fill('agent-7-phone');

  const chat = page.getByRole('group', { name: 'Chat grant', exact: true });
  await chat.getByLabel('Service SID', { exact: true }).fill(SID('IS'));
  await chat.getByLabel('Endpoint ID', { exact: true }).fill('agent-7-web');
  await chat.getByLabel('Deployment role SID', { exact: true }).fill(SID('RL'));
  await chat.getByLabel('Push credential SID', { exact: true }).fill(SID('CR'));

  const sync = page.getByRole('group', { name: 'Sync grant', exact: true });
  await sync.getByLabel('Service SID', { exact: true }).fill(SID('IS'));
  await sync.getByLabel('Endpoint ID', { exact: true }).fill('agent-7-sync');

  const taskRouter = page.getByRole('group', { name: 'TaskRouter grant', exact: true });
  await taskRouter.getByLabel('Workspace SID', { exact: true }).fill(SID('WS'));
  await taskRouter.getByLabel('Worker SID', { exact: true }).fill(SID('WK'));
  await taskRouter.getByLabel('Role', { exact: true }).fill('supervisor');

  const playback = page.getByRole('group', { name: 'Playback grant', exact: true });
  await playback
    .getByLabel('Playback grant (JSON)', { exact: true })
    .fill(
      '{"requestCredentials":null,"playbackUrl":"https://example.com/x.m3u8","playerStreamerSid":"VJ1"}',
    );

  await page.getByLabel('Region', { exact: true }).fill('ie1');
  await page.getByLabel('Not before', { exact: true }).fill('1767225600');
  await generator.generateButton.click();
  await expect(generator.token).toBeFocused();

  const { header, claims } = await verifiedClaims(page);
  expect(header).toEqual({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1', twr: 'ie1' });
  expect(claims.nbf).toBe(1_767_225_600);
  expect(claims.grants).toEqual({
    identity: 'agent-7',
    video: { room: 'support-room' },
    voice: {
      incoming: { allow: true },
      outgoing: { application_sid: SID('AP'), params: { to: '+15551234567', lang: 'ja-JP' } },
      push_credential_sid: SID('CR'),
      endpoint_id: 'agent-7-phone',
    },
    chat: {
      service_sid: SID('IS'),
      endpoint_id: 'agent-7-web',
      deployment_role_sid: SID('RL'),
      push_credential_sid: SID('CR'),
    },
    data_sync: { service_sid: SID('IS'), endpoint_id: 'agent-7-sync' },
    task_router: { workspace_sid: SID('WS'), worker_sid: SID('WK'), role: 'supervisor' },
    player: {
      requestCredentials: null,
      playbackUrl: 'https://example.com/x.m3u8',
      playerStreamerSid: 'VJ1',
    },
  });
  expect([claims.iss, claims.sub]).toEqual([API_KEY_SID, ACCOUNT_SID]);

  // Every grant field is explained in the decoded panel.
  const decoded = generator.decoded;
  for (const path of [
    'grants.voice.incoming',
    'grants.voice.outgoing.application_sid',
    'grants.voice.outgoing.params',
    'grants.chat.deployment_role_sid',
    'grants.data_sync.service_sid',
    'grants.task_router.role',
    'grants.player',
    'twr',
    'nbf',
  ]) {
    const row = decoded.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: path, exact: true }),
    });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').last()).not.toHaveText('Not a claim this app knows.');
  }
});

test('a token with no grant is refused with a clear message', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.fill();
  await page.getByRole('switch', { name: 'Video', exact: true }).uncheck();
  await generator.generateButton.click();
  await expect(
    page.getByText(
      'Switch on at least one grant: a token without a grant gives access to nothing.',
    ),
  ).toBeVisible();
  await expect(generator.token).toHaveCount(0);
});

test('a SID of the wrong kind in a grant field is named at that field', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.fill();
  await page.getByRole('switch', { name: 'TaskRouter', exact: true }).check();
  const field = page
    .getByRole('group', { name: 'TaskRouter grant' })
    .getByLabel('Workspace SID', { exact: true });
  await field.fill(SID('WK'));
  await generator.generateButton.click();
  await expect(field).toHaveAccessibleDescription(
    /This is a Worker SID \(WK…\); a Workspace SID starts with WS\./,
  );
  await expect(generator.token).toHaveCount(0);
});

test('presets switch the grants for the common cases', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.fill();
  const switches = ['Video', 'Voice', 'Chat', 'Sync', 'TaskRouter', 'Playback'];
  const expected: Record<string, string[]> = {
    'Voice calling': ['Voice'],
    Conversations: ['Chat'],
    Sync: ['Sync'],
    'Flex/TaskRouter worker': ['TaskRouter'],
    'Video room': ['Video'],
  };
  for (const [preset, on] of Object.entries(expected)) {
    await page.getByRole('button', { name: preset, exact: true }).click();
    for (const name of switches) {
      const control = page.getByRole('switch', { name, exact: true });
      if (on.includes(name)) await expect(control).toBeChecked();
      else await expect(control).not.toBeChecked();
    }
  }
  await page.getByRole('button', { name: 'Voice calling', exact: true }).click();
  await page
    .getByRole('group', { name: 'Voice grant' })
    .getByLabel('Outgoing application SID', { exact: true })
    .fill(SID('AP'));
  await generator.generateButton.click();
  const { claims } = await verifiedClaims(page);
  expect(claims.grants).toEqual({
    identity: 'alice',
    voice: { incoming: { allow: true }, outgoing: { application_sid: SID('AP') } },
  });
});

test('Not before "now", and HS512 with its warning', async ({ page }) => {
  const generator = generatorPage(page);
  await generator.fill();
  const before = Math.floor(Date.now() / 1000);
  await page.getByRole('button', { name: 'Set Not before to now' }).click();
  const algorithm = page.getByLabel('Algorithm', { exact: true });
  await algorithm.selectOption('HS512');
  await expect(algorithm).toHaveAccessibleDescription(/Twilio’s docs require HS256/);
  await generator.generateButton.click();
  const { header, claims } = await verifiedClaims(page, 'HS512');
  expect(header?.alg).toBe('HS512');
  expect(claims.nbf).toBeGreaterThanOrEqual(before);
  expect(claims.nbf).toBeLessThanOrEqual(claims.iat ?? 0);
});

test('a region other than us1 with Video on gets a note', async ({ page }) => {
  const region = page.getByLabel('Region', { exact: true });
  await region.fill('au1');
  await expect(region).toHaveAccessibleDescription(/Video works with US1 API keys only/);
});
