import { spawn } from 'node:child_process';

/** Serves dist/ with `vite preview` on a free loopback port until `stop` is called. */
export async function startPreview(port = 4180): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // Its own process group, so stopping it also stops the vite process npx starts.
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
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
  return {
    url,
    stop: () => {
      if (server.pid !== undefined) process.kill(-server.pid);
    },
  };
}
