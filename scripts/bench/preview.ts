import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** Serves dist/ (or $E2E_DIST) with `vite preview` on a free loopback port until `stop` is called. */
export async function startPreview(port = 4180): Promise<{ url: string; stop: () => void }> {
  // Vite's own entry under this Node, not npx: one process, so stopping it stops the server.
  const server = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      process.env.E2E_DIST ?? 'dist',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('vite preview did not start within 20 s'));
    }, 20_000);
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview exited with ${String(code)}`));
    });
  });
  // Never leave the server behind, even when the caller crashes.
  process.on('exit', () => server.kill());
  return {
    url,
    stop: () => {
      server.kill();
    },
  };
}
