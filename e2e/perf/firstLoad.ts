import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { startPreview } from './preview.ts';

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
    const bodies: Promise<LoadedFile | undefined>[] = [];
    // The page's own responses only: Playwright reports what a service worker fetches (a
    // precache, say) on the browser context, never on the page, so that stays out of the count.
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      bodies.push(
        response
          .body()
          .then((body) => ({
            path,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            brotli: brotliCompressSync(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
            }).length,
          }))
          // A response still arriving while the browser closes has no body left to measure.
          .catch(() => undefined),
      );
    });
    await page.goto(preview.url, { waitUntil: 'networkidle' });
    const files = await Promise.all(bodies);
    return files.filter((file) => file !== undefined).sort((a, b) => b.gzip - a.gzip);
  } finally {
    await browser.close();
    preview.stop();
  }
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
