import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Test-only: a generated server route, started as a real process on a free port. */

export interface Served {
  /** e.g. `http://127.0.0.1:40123` */
  readonly base: string;
  /** What the process has written so far, for failure messages. */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Starts `command args` in `cwd` with a small fixed environment plus `env`, and resolves once
 * `http://127.0.0.1:port/` answers anything; rejects with the process's output if it exits or
 * does not answer within `timeoutMs`.
 */
export async function serve(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    port: number;
    env: Readonly<Record<string, string>>;
    timeoutMs?: number;
  },
): Promise<Served> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // An object, so the checks below see what the exit handler sets.
  const state = { exited: false };
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      state.exited = true;
      resolve();
    });
  });
  const stop = async () => {
    if (!state.exited) child.kill('SIGTERM');
    await exit;
  };
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    if (state.exited) throw new Error(`${command} ${args.join(' ')} exited:\n${output}`);
    try {
      await fetch(`${base}/`);
      return { base, output: () => output, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`${command} ${args.join(' ')} did not answer on ${base}:\n${output}`);
}
