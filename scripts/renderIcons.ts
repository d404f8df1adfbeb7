/**
 * Renders public/favicon.svg into the PNG icons that the web manifest and iOS ask for, in the
 * Chromium the tests use. Run it after changing the favicon, and commit what it writes:
 * `npx tsx scripts/renderIcons.ts` writes public/icons/*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
// The favicon's rounded square; full-bleed icons fill their corners with the same color.
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
if (!background) throw new Error('public/favicon.svg has no <rect fill="#rrggbb"> background');

interface Icon {
  file: string;
  size: number;
  /** Square and opaque, the favicon shrunk to this share of the side; else the favicon as is. */
  fullBleed?: number;
}

const ICONS: Icon[] = [
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
  // Maskable icons are cropped to as little as the centre circle of 80 % of the side. At 0.8 the
  // glyph's farthest point is 34 % of the side from the centre, inside that circle's 40 %.
  { file: 'icon-maskable-512.png', size: 512, fullBleed: 0.8 },
  // iOS rounds the corners itself and turns transparency black, so it gets the opaque one too.
  { file: 'apple-touch-icon.png', size: 180, fullBleed: 0.8 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('public/icons', { recursive: true });
try {
  for (const { file, size, fullBleed } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const side = Math.round(size * (fullBleed ?? 1));
    await page.setContent(`<!doctype html>
      <style>
        html, body { margin: 0; height: 100%; background: ${fullBleed ? background : 'transparent'}; }
        body { display: grid; place-items: center; }
        img { width: ${side}px; height: ${side}px; }
      </style>
      <img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: !fullBleed });
    await page.close();
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
