/**
 * Screenshots of the app as users see it, to look at: light and dark, wide and narrow, empty
 * and with a token. Writes screenshots/*.png (not committed) and public/screenshot.png (README).
 * Needs the built app: run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/credentials.ts';
import { startPreview } from './preview.ts';

const preview = await startPreview();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });

try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await browser.newPage({ colorScheme, viewport: { width, height } });
      await page.goto(preview.url);
      const name = `${colorScheme}-${width}`;
      await page.screenshot({ path: `screenshots/${name}-empty.png`, fullPage: true });
      await page.getByLabel('Account SID', { exact: true }).fill(ACCOUNT_SID);
      await page.getByLabel('API Key SID', { exact: true }).fill(API_KEY_SID);
      await page.getByLabel('API Key Secret', { exact: true }).fill(API_KEY_SECRET);
      await page.getByLabel('Identity', { exact: true }).fill('alice');
      await page.getByLabel('Room name', { exact: true }).fill('daily-standup');
      await page.getByRole('button', { name: 'Generate Access Token' }).click();
      await page.getByRole('region', { name: 'Decoded token' }).waitFor();
      await page.screenshot({ path: `screenshots/${name}-token.png`, fullPage: true });
      if (colorScheme === 'light' && width === 1280) {
        await page.screenshot({ path: 'public/screenshot.png' });
      }
      // An error state too.
      await page.getByLabel('Account SID', { exact: true }).fill(API_KEY_SID);
      await page.getByRole('button', { name: 'Generate Access Token' }).click();
      await page.screenshot({ path: `screenshots/${name}-error.png`, fullPage: true });
      // Every grant switched on, with the no-grant message first.
      await page.getByLabel('Account SID', { exact: true }).fill(ACCOUNT_SID);
      await page.getByRole('switch', { name: 'Video' }).click();
      await page.getByRole('button', { name: 'Generate Access Token' }).click();
      await page.screenshot({ path: `screenshots/${name}-no-grant.png`, fullPage: true });
      for (const grant of ['Video', 'Voice', 'Chat', 'Sync', 'TaskRouter', 'Playback']) {
        await page.getByRole('switch', { name: grant }).click();
      }
      await page.getByRole('group', { name: 'Playback grant' }).waitFor();
      await page.getByRole('button', { name: 'Generate Access Token' }).click();
      await page.getByRole('region', { name: 'Decoded token' }).waitFor();
      await page.screenshot({ path: `screenshots/${name}-all-grants.png`, fullPage: true });
      await page.getByRole('button', { name: 'Inspect this token' }).click();
      const inspect = page.getByRole('tabpanel', { name: 'Inspect' });
      await inspect.getByLabel('API Key Secret', { exact: true }).fill('wrong secret');
      await inspect.getByRole('list', { name: 'Diagnosis' }).getByText('20107').waitFor();
      await page.screenshot({ path: `screenshots/${name}-inspect.png`, fullPage: true });
      await page.getByRole('tab', { name: 'Code' }).click();
      await page.getByRole('button', { name: 'Copy Node.js code' }).waitFor();
      await page.screenshot({ path: `screenshots/${name}-code.png`, fullPage: true });
      await page.close();
    }
  }
  console.log('Screenshots written to screenshots/ and public/screenshot.png');
} finally {
  await browser.close();
  preview.stop();
}
