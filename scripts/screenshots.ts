/**
 * Screenshots of every view as users see it, to look at: light and dark × English and Japanese ×
 * wide and narrow; empty, with errors, with every grant, with history, the inspector with
 * findings, two tokens compared and the code. Writes screenshots/*.png (not committed),
 * public/screenshot.png and the README's journeys in public/readme/. Needs the built app (`npm run build`) and, for Japanese, a CJK
 * font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import jwt from 'jsonwebtoken';
import { code as codeEn } from '../src/i18n/en/code.ts';
import { compare as compareEn } from '../src/i18n/en/compare.ts';
import { decoded as decodedEn } from '../src/i18n/en/decoded.ts';
import { inspect as inspectEn } from '../src/i18n/en/inspect.ts';
import { setup as setupEn } from '../src/i18n/en/setup.ts';
import { en } from '../src/i18n/en.ts';
import { code as codeJa } from '../src/i18n/ja/code.ts';
import { compare as compareJa } from '../src/i18n/ja/compare.ts';
import { decoded as decodedJa } from '../src/i18n/ja/decoded.ts';
import { inspect as inspectJa } from '../src/i18n/ja/inspect.ts';
import { setup as setupJa } from '../src/i18n/ja/setup.ts';
import { ja } from '../src/i18n/ja.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../e2e/support/credentials.ts';
import { startPreview } from './bench/preview.ts';

const LANGUAGES = [
  {
    locale: 'en-US',
    tag: 'en',
    main: en,
    decoded: decodedEn,
    inspect: inspectEn,
    compare: compareEn,
    setup: setupEn,
    code: codeEn,
  },
  {
    locale: 'ja-JP',
    tag: 'ja',
    main: ja,
    decoded: decodedJa,
    inspect: inspectJa,
    compare: compareJa,
    setup: setupJa,
    code: codeJa,
  },
] as const;

/** Two tokens to compare: one that works, one with another room and lifetime, iss and sub swapped. */
function tokenPair(): [string, string] {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' } as const;
  const sign = (claims: object, issuer: string, subject: string) =>
    jwt.sign(claims, API_KEY_SECRET, { header, issuer, subject });
  return [
    sign(
      {
        jti: `${API_KEY_SID}-${now}`,
        grants: { identity: 'alice', video: { room: 'daily-standup' } },
        iat: now,
        exp: now + 3600,
      },
      API_KEY_SID,
      ACCOUNT_SID,
    ),
    sign(
      {
        jti: `${ACCOUNT_SID}-${now - 600}`,
        grants: { identity: 'alice', video: { room: 'retro' } },
        iat: now - 600,
        exp: now + 86_400 - 600,
      },
      ACCOUNT_SID,
      API_KEY_SID,
    ),
  ];
}

/**
 * The README's journeys, each in one language, scheme and width (public/readme/, never precached
 * by the service worker): the first visit on a desktop and a phone, Inspect, Compare and Code.
 */
const README_SHOTS: Readonly<Record<string, string>> = {
  'en-light-1280-empty': 'first-visit',
  'ja-dark-390-empty': 'first-visit-phone-ja',
  'en-dark-1280-inspect': 'inspect',
  'en-light-1280-compare': 'compare',
  'ja-light-1280-code': 'code-ja',
};

const preview = await startPreview();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
mkdirSync('public/readme', { recursive: true });

try {
  for (const words of LANGUAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [1280, 900],
        [390, 844],
      ] as const) {
        const page = await browser.newPage({
          colorScheme,
          locale: words.locale,
          viewport: { width, height },
        });
        const t = words.main.generate;
        const field = (label: string) => page.getByLabel(label, { exact: true });
        const submit = page.getByRole('button', { name: t.submit, exact: true });
        const shot = async (state: string) => {
          await page.screenshot({
            path: `screenshots/${words.tag}-${colorScheme}-${width}-${state}.png`,
            fullPage: true,
          });
          // The README's pictures: what the screen shows, not the whole page.
          const readme = README_SHOTS[`${words.tag}-${colorScheme}-${width}-${state}`];
          if (readme) await page.screenshot({ path: `public/readme/${readme}.png` });
        };
        await page.goto(preview.url);
        await page.getByRole('switch', { name: words.setup.remember }).waitFor();
        await shot('empty');

        await field(words.main.fields.accountSid.label).fill(API_KEY_SID);
        await submit.click();
        await shot('error');

        await field(words.main.fields.accountSid.label).fill(ACCOUNT_SID);
        await field(words.main.fields.apiKeySid.label).fill(API_KEY_SID);
        await field(words.main.fields.apiKeySecret.label).fill(API_KEY_SECRET);
        await field(words.main.fields.identity.label).fill(words.tag === 'ja' ? 'たろう' : 'alice');
        await field(words.main.grants.video.options.room.label).fill('daily-standup');
        await submit.click();
        await page.getByRole('region', { name: words.decoded.title }).waitFor();
        await shot('token');
        if (words.tag === 'en' && colorScheme === 'light' && width === 1280) {
          await page.screenshot({ path: 'public/screenshot.png' });
        }

        for (const { name } of Object.values(words.main.grants)) {
          await page.getByRole('switch', { name, exact: true }).check();
        }
        await submit.click();
        await page.getByRole('region', { name: words.decoded.title }).waitFor();
        await page.getByRole('switch', { name: words.setup.remember }).check();
        await shot('all-grants-history');

        await page.getByRole('button', { name: words.main.result.inspect, exact: true }).click();
        const inspect = page.getByRole('tabpanel', { name: words.main.tabs.inspect });
        await inspect.getByLabel(words.inspect.secretLabel, { exact: true }).fill('wrong secret');
        await inspect
          .getByRole('list', { name: words.inspect.diagnosis })
          .getByText('20107')
          .waitFor();
        await shot('inspect');

        await page.getByRole('tab', { name: words.main.tabs.compare, exact: true }).click();
        const compare = page.getByRole('tabpanel', { name: words.main.tabs.compare });
        const [working, failing] = tokenPair();
        await compare.getByLabel(words.compare.tokenLabel.first, { exact: true }).fill(working);
        await compare.getByLabel(words.compare.tokenLabel.second, { exact: true }).fill(failing);
        await compare.getByRole('list', { name: words.compare.differences }).waitFor();
        await shot('compare');

        await page.getByRole('tab', { name: words.main.tabs.code, exact: true }).click();
        await page.getByRole('button', { name: words.code.copy('Node.js') }).waitFor();
        await shot('code');
        await page.close();
      }
    }
  }
  console.log('Screenshots written to screenshots/ and public/screenshot.png');
} finally {
  await browser.close();
  preview.stop();
}
