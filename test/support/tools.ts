import { describe, it } from 'vitest';
import { run } from './run.ts';

/**
 * The interpreters some checks run, which a machine with only Node and a browser lacks. Where one
 * is missing its tests are skipped, and the run says so in one line with the install command;
 * `.ci/run` sets {@link REQUIRE_INTERPRETERS_ENV}, which turns each such skip into a failure.
 *
 * @example
 * ```ts
 * const php = await probe(PHP);
 * describeWith(php, 'PHP literals read back', () => { it(...) });
 * ```
 */

export const REQUIRE_INTERPRETERS_ENV = 'ACCESS_TOKEN_LAB_REQUIRE_INTERPRETERS';

export interface Tool {
  /** What the tests call it, e.g. `php`. */
  readonly name: string;
  readonly command: string;
  /** Arguments that succeed only when the tool can do what the tests need. */
  readonly probe: readonly string[];
  /** The Debian package that provides it. */
  readonly aptPackage: string;
  /** Whether CI must have it; a JDK, say, is welcome but not installed there. */
  readonly requiredInCi: boolean;
}

/** The Node running the tests: always there, listed so every runner is described alike. */
export const NODE: Tool = {
  name: 'node',
  command: process.execPath,
  probe: ['--version'],
  aptPackage: 'nodejs',
  requiredInCi: true,
};

/**
 * Debian's python3-twilio lives beside Debian's python3, so that one is used, not whichever
 * python3 is first on the PATH. `ACCESS_TOKEN_LAB_PYTHON` points elsewhere (or nowhere, to see
 * the skip).
 */
const PYTHON_COMMAND = process.env.ACCESS_TOKEN_LAB_PYTHON ?? '/usr/bin/python3';

export const PYTHON: Tool = {
  name: 'python3',
  command: PYTHON_COMMAND,
  probe: ['-c', 'import json'],
  aptPackage: 'python3',
  requiredInCi: true,
};

export const PYTHON_TWILIO: Tool = {
  name: 'python3 with twilio',
  command: PYTHON_COMMAND,
  probe: ['-c', 'import twilio.jwt.access_token'],
  aptPackage: 'python3-twilio',
  requiredInCi: true,
};

/** The Python server route's framework: Debian's python3-flask, beside python3-twilio. */
export const PYTHON_FLASK: Tool = {
  name: 'python3 with flask and twilio',
  command: PYTHON_COMMAND,
  probe: ['-c', 'import flask, twilio.jwt.access_token'],
  aptPackage: 'python3-flask python3-twilio',
  requiredInCi: true,
};

export const PHP: Tool = {
  name: 'php',
  command: 'php',
  probe: ['-r', 'echo json_encode([1]);'],
  aptPackage: 'php-cli',
  requiredInCi: true,
};

export const RUBY: Tool = {
  name: 'ruby',
  command: 'ruby',
  probe: ['-rjson', '-e', 'print JSON.generate([1])'],
  aptPackage: 'ruby',
  requiredInCi: true,
};

export const JAVA: Tool = {
  name: 'java',
  command: 'java',
  probe: ['-version'],
  aptPackage: 'default-jdk-headless',
  requiredInCi: false,
};

export type ToolStatus =
  | { readonly tool: Tool; readonly ok: true }
  | { readonly tool: Tool; readonly ok: false; readonly reason: string };

/** Whether `tool` runs here, asked once per test file. */
export async function probe(tool: Tool): Promise<ToolStatus> {
  try {
    await run(tool.command, tool.probe);
    return { tool, ok: true };
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { tool, ok: false, reason: first };
  }
}

const required = process.env[REQUIRE_INTERPRETERS_ENV] === '1';

function installHint(tool: Tool): string {
  return `install it with: apt-get install -y ${tool.aptPackage}`;
}

/**
 * `describe(name, body)` when the tool is there. Else, with the interpreters required (CI), one
 * failing test that says what is missing; otherwise the block is skipped and one line says so.
 */
export function describeWith(
  status: ToolStatus,
  name: string,
  body: () => void,
  options: { concurrent?: boolean } = {},
): void {
  const block = options.concurrent ? describe.concurrent : describe;
  if (status.ok) {
    block(name, body);
    return;
  }
  const { tool } = status;
  if (required && tool.requiredInCi) {
    describe(name, () => {
      it(`needs ${tool.name}`, () => {
        throw new Error(
          `${REQUIRE_INTERPRETERS_ENV}=1, and ${tool.name} does not run (${status.reason}); ` +
            installHint(tool),
        );
      });
    });
    return;
  }
  // One line per skipped block, on stderr so the reporter shows it under the file's name.
  console.warn(`SKIPPED "${name}": ${tool.name} is not installed; ${installHint(tool)}`);
  block.skip(name, body);
}
