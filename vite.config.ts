/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { stableMantineIds, stableMantineIdsInDeps } from './src/app/build/stableMantineIds.ts';
import { serviceWorker } from './src/app/offline/serviceWorkerPlugin.ts';

/**
 * The Content-Security-Policy shipped in the built index.html. Only at build time: the dev
 * server's hot reload needs inline scripts and a websocket.
 * - style-src 'unsafe-inline': Mantine writes its CSS variables into a <style> element and
 *   layout props into style attributes; a static page cannot nonce them.
 * - connect-src 'none': signing happens in the page; nothing is ever fetched after load.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What a host should send with every file (public/_headers holds the same, a test keeps them in
 * step, and `vite preview` sends them so the tests run under them). The header CSP differs from
 * the meta tag in two ways: frame-ancestors only works as a header, and connect-src is 'self'
 * so the service worker, which has no meta tag, may fetch the files it caches. The page itself
 * stays at connect-src 'none': a browser enforces the meta tag's policy as well.
 */
export const DEPLOYMENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'")}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'access-token-lab:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), stableMantineIds(), contentSecurityPolicy(), serviceWorker()],
  // Mantine's components keep React's ids (src/app/build/stableMantineIds.ts): in the build and
  // the dev server through the plugin above, in prebundled dependencies and in tests here.
  optimizeDeps: { rolldownOptions: { plugins: [stableMantineIdsInDeps()] } },
  build: {
    // The polyfill would fetch() module preloads; every browser we support has them natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen imports statically goes into one chunk: one request,
          // and gzip sees all of it at once. Lazy views still split off as their own chunks.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: DEPLOYMENT_HEADERS },
  test: {
    // Unit tests beside their files, and the suites under test/; never e2e/ (Playwright's).
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    // Component tests (jsdom) run Mantine prebundled, with the optimizeDeps plugin above, so
    // they run the same Mantine as the build; straight from node_modules nothing would
    // resolve it to the shim. One bundle also loads faster than Mantine's hundreds of files.
    deps: {
      optimizer: { client: { enabled: true, include: ['@mantine/core', '@mantine/hooks'] } },
    },
  },
});
