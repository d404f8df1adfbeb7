import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test-only helpers that run the generated programs and the interpreters that check them. */

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program and resolves with its output; rejects with stderr when it exits non-zero. */
export function run(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      // A small, fixed environment: the snippets must not depend on the developer's shell.
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
        timeout: 20_000,
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}

/** A fresh temporary directory and the function that removes it. */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'access-token-lab-snippets-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
