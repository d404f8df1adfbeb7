import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { en } from '../../src/i18n/en.ts';
import { DEPLOYMENT_HEADERS } from '../../vite.config.ts';

/** What build B says under the title instead of the tagline; nothing else tells A and B apart. */
export const TAGLINE_B = `${en.app.tagline} (build B)`;

/** One origin on loopback that serves build A or build B of the app, switched by the test. */
export interface TwoBuilds {
  readonly origin: string;
  /** Which build the origin serves from now on, for every file, sw.js included. */
  serve(which: 'A' | 'B'): void;
  /** How often anyone (the page's update checks, the browser's own) has fetched /sw.js. */
  readonly workerFetches: number;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Build B differs from A in one visible text, changed on its way into the bundle: the product
 * has no test-only switch. Changed text means changed chunk names, index.html and sw.js, as with
 * any real release.
 */
function labelBuildB(): Plugin {
  return {
    name: 'e2e:label-build-b',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/en.ts')) return undefined;
      const quoted = `'${en.app.tagline}'`;
      if (!code.includes(quoted)) throw new Error(`en.ts no longer holds ${quoted}`);
      return code.replace(quoted, `'${TAGLINE_B}'`);
    },
  };
}

/** Builds the app twice (a few seconds each) and serves A on a free loopback port. */
export async function serveTwoBuilds(): Promise<TwoBuilds> {
  const directory = await mkdtemp(join(tmpdir(), 'access-token-lab-update-'));
  const outDirs = { A: join(directory, 'a'), B: join(directory, 'b') };
  for (const [which, plugins] of [
    ['A', []],
    ['B', [labelBuildB()]],
  ] as const) {
    await build({
      root: ROOT,
      logLevel: 'error',
      build: { outDir: outDirs[which], emptyOutDir: true },
      plugins: [...plugins],
    });
  }

  let served = outDirs.A;
  let workerFetches = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (file === 'sw.js') workerFetches += 1;
    // Only plain names under the build: nothing else is ever asked for.
    if (file.split('/').some((part) => part === '' || part.startsWith('.'))) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(served, file)).then(
      (body) => {
        response
          .writeHead(200, {
            ...DEPLOYMENT_HEADERS,
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-cache',
          })
          .end(body);
      },
      () => {
        // A file of the other build, say an old chunk after the switch: gone, as on a real host.
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${String(port)}`,
    serve(which) {
      served = outDirs[which];
    },
    get workerFetches() {
      return workerFetches;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
