import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { IDLE_PRELOAD_MARK } from '../../src/app/whenIdle.ts';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium.ts';
import { startPreview } from './preview.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const QUIET_MS = 2000;

/**
 * The first load's guard: `npm test` fails past it, and the bench reports against it. A guard
 * against an accident, not a goal; kB are 1000 bytes.
 */
export const FIRST_LOAD_GUARD_GZIP = 150_000;

export interface LoadedFile {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageLoad {
  /** What the first screen needs: everything fetched before the page went idle. */
  readonly firstLoad: LoadedFile[];
  /** What the page fetched once idle, so that no click waits for it (the generator's second stage, the other tabs). */
  readonly idlePreload: LoadedFile[];
}

/**
 * Everything a real Chromium fetches when it opens the built app and nobody touches it, split at
 * the moment the app marks itself idle ({@link IDLE_PRELOAD_MARK}), with each file's raw, gzip
 * (level 9) and brotli (quality 11) size in bytes. Serves the build on `port` meanwhile.
 */
export async function measureFirstLoad(port = 4281): Promise<PageLoad> {
  const preview = await startPreview(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The page's own requests only: Playwright reports what a service worker fetches (a
    // precache, say) on the browser context, never on the page, so that stays out of the count.
    let lastActivity = Date.now();
    page.on('request', () => (lastActivity = Date.now()));
    page.on('response', () => (lastActivity = Date.now()));
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      IDLE_PRELOAD_MARK,
    );
    while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(200);
    // No named functions inside: tsx would wrap them in a helper that exists only in Node.
    const { before, after } = await page.evaluate((mark) => {
      const idleAt = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
      const resources = performance
        .getEntriesByType('resource')
        .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }));
      return {
        before: resources.filter((entry) => entry.start < idleAt).map((entry) => entry.path),
        after: resources.filter((entry) => entry.start >= idleAt).map((entry) => entry.path),
      };
    }, IDLE_PRELOAD_MARK);
    // Sizes come from the built files, not from response bodies, which Chromium may have
    // dropped by the time it is asked.
    const sized = (paths: readonly string[]) =>
      [...new Set(paths)]
        .map((path) => measure(path, readFileSync(join(DIST, path === '/' ? 'index.html' : path))))
        .sort((a, b) => b.gzip - a.gzip);
    return { firstLoad: sized(['/', ...before]), idlePreload: sized(after) };
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
