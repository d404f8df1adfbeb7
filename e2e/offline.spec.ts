import jwt, { type JwtPayload } from 'jsonwebtoken';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import { installed } from './support/serviceWorker.ts';
import { expect, test } from './support/test.ts';

test('after one visit the app works offline: every tab, and a token that verifies', async ({
  page,
  context,
}) => {
  // Two full loads, an install that downloads the whole build, then every tab: triple time.
  test.slow();
  await page.goto('/');
  await installed(page);

  await context.setOffline(true);
  const responses: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    responses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
  });
  await page.reload();

  // The Inspect and Code tabs and the generator's parts are chunks that load only when used.
  await page.getByRole('tab', { name: 'Code', exact: true }).click();
  await expect(page.getByRole('tablist', { name: 'Languages' })).toBeVisible();
  await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
  await expect(page.getByLabel('Token to inspect', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Generate', exact: true }).click();

  const generator = generatorPage(page);
  await expect(page.getByRole('switch', { name: 'Video' })).toBeChecked();
  await generator.generate({ identity: 'offline-user', room: 'no-network' });
  await expect(generator.token).toBeVisible();
  const token = await generator.tokenText();
  expect(jwt.decode(token, { complete: true })?.header).toEqual({
    alg: 'HS256',
    typ: 'JWT',
    cty: 'twilio-fpa;v=1',
  });
  const claims = jwt.verify(token, API_KEY_SECRET, { algorithms: ['HS256'] }) as JwtPayload;
  const iat = claims.iat ?? 0;
  expect(claims).toEqual({
    jti: `${API_KEY_SID}-${iat}`,
    grants: { identity: 'offline-user', video: { room: 'no-network' } },
    iat,
    exp: iat + 14_400,
    iss: API_KEY_SID,
    sub: ACCOUNT_SID,
  });

  // The inspector checks the same token's signature, offline too.
  await page.getByRole('button', { name: 'Inspect this token' }).click();
  const inspect = page.getByRole('tabpanel', { name: 'Inspect', exact: true });
  await inspect.getByLabel('API Key Secret', { exact: true }).fill(API_KEY_SECRET);
  await expect(inspect.getByRole('list', { name: 'Diagnosis' })).toContainText(
    'Signature verified',
  );

  // Every file came from the worker, which itself could not reach the server: from its cache.
  expect(responses.length).toBeGreaterThan(5);
  expect(responses.filter((response) => !response.fromServiceWorker)).toEqual([]);
  const [worker] = context.serviceWorkers();
  const reach = await worker?.evaluate(() =>
    fetch('/', { cache: 'no-store' }).then(
      () => 'reached the server',
      () => 'offline',
    ),
  );
  expect(reach).toBe('offline');
});

test('installing replaces earlier builds’ caches and leaves other caches alone', async ({
  page,
}) => {
  // A blank page of the app's origin, which registers no worker, sets the scene before one does.
  await page.route('/blank', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><link rel="icon" href="data:,">',
    }),
  );
  await page.goto('/blank');
  await page.evaluate(async () => {
    await caches.open('access-token-lab-0123456789abcdef');
    await caches.open('someone-else');
  });
  await page.goto('/');
  await installed(page);

  const names = await page.evaluate(() => caches.keys());
  expect(names.toSorted()).toEqual([
    expect.stringMatching(/^access-token-lab-[0-9a-f]{16}$/),
    'someone-else',
  ]);
  const current = names.find((name) => name.startsWith('access-token-lab-')) ?? '';
  const cached = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, current);
  expect(cached).toContain('/');
  expect(cached).toContain('/manifest.webmanifest');
  expect(cached).not.toContain('/sw.js');
  expect(cached.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(10);
});

test('the web manifest is linked, valid for Chromium, and has 192 and 512 px icons', async ({
  page,
  context,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  } & Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: 'Access Token Lab',
    short_name: expect.any(String),
    description: expect.any(String),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: await page.locator('meta[name="theme-color"]').getAttribute('content'),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });

  for (const [size, purpose] of [
    [192, 'any'],
    [512, 'any'],
    [512, 'maskable'],
  ] as const) {
    const icon = manifest.icons.find(
      (candidate) =>
        candidate.sizes === `${size}x${size}` && (candidate.purpose ?? 'any') === purpose,
    );
    expect(icon, `${purpose} icon of ${size} px`).toMatchObject({ type: 'image/png' });
    const png = await (await request.get(icon?.src ?? '')).body();
    expect(pngSize(png), icon?.src).toEqual({ width: size, height: size });
  }
  const appleTouchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(pngSize(await (await request.get(appleTouchIcon ?? '')).body())).toEqual({
    width: 180,
    height: 180,
  });

  // Chromium's own reading, as Lighthouse gets it: no parse errors, and installable once the
  // worker controls the page.
  await installed(page);
  const cdp = await context.newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito ones, where Chromium never offers to install.
  expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);
});

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
