import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium.ts';

// Overridable so that two checkouts' (or two people's) runs can share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  // Some specs fill twenty fields in a real browser; a slow CI machine needs the headroom.
  timeout: 60_000,
  // Lazy chunks and WebCrypto on a loaded two-core CI machine can take more than the default 5 s.
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    permissions: ['clipboard-read', 'clipboard-write'],
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  // The built app, as users get it: the CSP meta tag only exists in the build.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${String(PORT)} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${String(PORT)}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
