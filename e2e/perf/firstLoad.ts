import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { startPreview } from './preview.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const QUIET_MS = 2000;

export interface LoadedFile {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Everything a real Chromium fetches when it opens the built app and nobody touches it yet,
 * with each file's raw, gzip (level 9) and brotli (quality 11) size in bytes. Serves the build
 * on `port` for the time of the measurement.
 */
export async function measureFirstLoad(port = 4181): Promise<LoadedFile[]> {
  const preview = await startPreview(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const paths = new Set<string>();
    // The page's own responses only: Playwright reports what a service worker fetches (a
    // precache, say) on the browser context, never on the page, so that stays out of the count.
    let lastActivity = Date.now();
    page.on('request', () => (lastActivity = Date.now()));
    page.on('response', (response) => {
      lastActivity = Date.now();
      if (response.ok()) paths.add(new URL(response.url()).pathname);
    });
    await page.goto(preview.url, { waitUntil: 'networkidle' });
    // Parts the first render asks for (lazy sections) can start after 'networkidle' on a slow
    // machine: wait until nothing has moved for QUIET_MS.
    while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(200);
    // Sizes come from the built files, not from response bodies: Chromium may have dropped a
    // body by the time it is asked (a service worker taking over does that), which would
    // quietly leave a file out of the count.
    return [...paths]
      .map((path) => measure(path, readFileSync(join(DIST, path === '/' ? 'index.html' : path))))
      .sort((a, b) => b.gzip - a.gzip);
  } finally {
    await browser.close();
    preview.stop();
  }
}

function measure(path: string, body: Buffer): LoadedFile {
  return {
    path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function totals(files: readonly LoadedFile[]): Omit<LoadedFile, 'path'> {
  return files.reduce(
    (sum, file) => ({
      raw: sum.raw + file.raw,
      gzip: sum.gzip + file.gzip,
      brotli: sum.brotli + file.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export function formatTable(files: readonly LoadedFile[]): string {
  const rows = [...files, { path: 'total', ...totals(files) }];
  const width = Math.max(...rows.map((row) => row.path.length), 4);
  const line = (cells: string[]) =>
    `${cells[0]?.padEnd(width) ?? ''}  ${cells
      .slice(1)
      .map((cell) => cell.padStart(9))
      .join('  ')}`;
  return [
    line(['file', 'raw kB', 'gzip kB', 'brotli kB']),
    ...rows.map((row) => line([row.path, kB(row.raw), kB(row.gzip), kB(row.brotli)])),
  ].join('\n');
}
