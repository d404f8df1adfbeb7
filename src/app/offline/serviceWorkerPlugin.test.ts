import { describe, expect, it } from 'vitest';
import { precacheFor } from './serviceWorkerPlugin.ts';

const build = new Map<string, string | Uint8Array>([
  ['index.html', '<!doctype html><script src="/assets/index-a1.js"></script>'],
  ['assets/index-a1.js', 'console.log(1)'],
  ['assets/InspectView-b2.js', 'export {}'],
  ['icons/icon-192.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
  ['sw.js', 'const PRECACHE = {}'],
  ['screenshot.png', new Uint8Array([1, 2, 3])],
  ['readme/first-visit.png', new Uint8Array([4, 5, 6])],
  ['_headers', '/*\n  X-Content-Type-Options: nosniff\n'],
  ['robots.txt', 'User-agent: *\n'],
  ['assets/index-a1.js.map', '{}'],
]);

describe('precacheFor', () => {
  it('lists every file the app can load, index.html as the root URL', () => {
    expect(precacheFor(build).urls).toEqual([
      'assets/InspectView-b2.js',
      'assets/index-a1.js',
      'icons/icon-192.png',
      './',
    ]);
  });

  it('versions by content: same files, same version; one byte changed, a new one', () => {
    const { version } = precacheFor(build);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheFor(new Map([...build].reverse())).version).toBe(version);
    const changed = new Map(build).set('assets/InspectView-b2.js', 'export {};');
    expect(precacheFor(changed).version).not.toBe(version);
  });

  it('ignores what it does not cache: the worker itself, the README pictures, source maps', () => {
    const { version } = precacheFor(build);
    const other = new Map(build)
      .set('sw.js', 'changed')
      .set('screenshot.png', 'changed')
      .set('readme/first-visit.png', 'changed')
      .set('assets/index-a1.js.map', 'changed');
    expect(precacheFor(other).version).toBe(version);
  });
});
