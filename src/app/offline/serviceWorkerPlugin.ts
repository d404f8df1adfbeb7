/**
 * Build step (runs in Node, imported by vite.config.ts): emits `sw.js` at the root of the build,
 * made of `serviceWorker.ts` without its types and, in front of it, the list of every file the
 * build wrote, as `const PRECACHE = {...}`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';

/** What the service worker is told about its build. */
export interface Precache {
  /** Changes whenever any precached file's name or content does; names the cache. */
  version: string;
  /** Relative to sw.js (so any `base` works); index.html is `./`, the URL users open. */
  urls: readonly string[];
}

/** The service worker's own file name, at the root of the build (its scope is the whole app). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Files in public/ the app never loads: the README's pictures would cost 180 kB each per install, and
 * _headers and robots.txt are for hosts and crawlers (Netlify and Cloudflare consume _headers
 * and never serve it, which would fail the whole install).
 */
const NOT_PRECACHED = new Set(['screenshot.png', '_headers', 'robots.txt']);
/** The README's pictures of each journey (public/readme/): for people reading the repository. */
const README_PICTURES = 'readme/';
/** Source maps, should a build make them, are fetched by developer tools, not by the app. */
const isSourceMap = (name: string) => name.endsWith('.map');

const WORKER_SOURCE = fileURLToPath(new URL('./serviceWorker.ts', import.meta.url));

/**
 * The precache list for a build, from each file's path in the build and its content.
 *
 * @example
 * precacheFor(new Map([['index.html', '<!doctype html>…'], ['assets/index-1Kx.js', '…']]));
 * // { version: '3f0c9a1e52b4d7a8', urls: ['./', 'assets/index-1Kx.js'] }
 */
export function precacheFor(files: ReadonlyMap<string, string | Uint8Array>): Precache {
  const names = [...files.keys()]
    .filter(
      (name) =>
        name !== SERVICE_WORKER_FILE &&
        !NOT_PRECACHED.has(name) &&
        !name.startsWith(README_PICTURES) &&
        !isSourceMap(name),
    )
    .sort();
  const hash = createHash('sha256');
  for (const name of names) {
    // The NUL bytes keep ("a", "bc") and ("ab", "c") from hashing alike.
    hash
      .update(`${name}\0`)
      .update(files.get(name) ?? '')
      .update('\0');
  }
  return {
    version: hash.digest('hex').slice(0, 16),
    urls: names.map((name) => (name === 'index.html' ? './' : name)),
  };
}

/** Every file under public/, which Vite copies into the build but not through the bundle. */
async function publicFiles(publicDir: string): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  if (!publicDir) return files;
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(publicDir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

/** The service worker as a classic script: types stripped, and no module syntax left. */
async function workerScript(): Promise<string> {
  const { code } = await transformWithOxc(await readFile(WORKER_SOURCE, 'utf8'), WORKER_SOURCE);
  // The transform drops the type-only import but adds an `export {}` to keep the file a module,
  // which a classic worker script cannot contain.
  const script = code.replace(/^export \{\};\n?/m, '');
  if (/^\s*(import|export)\b/m.test(script)) {
    throw new Error(`${WORKER_SOURCE} must not import or export anything at runtime`);
  }
  return script;
}

/** Emits sw.js into production builds; the dev server never gets one (see registerServiceWorker). */
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'access-token-lab:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.build.copyPublicDir ? config.publicDir : '';
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        this.addWatchFile(WORKER_SOURCE);
        const files = await publicFiles(publicDir);
        for (const output of Object.values(bundle)) {
          files.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
        }
        const precache = precacheFor(files);
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: [
            '// Built from src/app/offline/serviceWorker.ts by serviceWorkerPlugin.ts; see there.',
            `const PRECACHE = ${JSON.stringify(precache, null, 2)};`,
            await workerScript(),
          ].join('\n'),
        });
      },
    },
  };
}
