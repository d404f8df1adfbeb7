import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { pythonSnippet } from '../../src/features/snippets/languages/python.ts';
import type { SnippetInput } from '../../src/features/snippets/snippetInput.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from '../snippets/configs.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../support/fixtures.ts';
import { run, tempDir } from '../support/run.ts';
import { describeWith, probe, PYTHON_TWILIO } from '../support/tools.ts';
import { identify, quirkCodes } from './identify.ts';

// Debian's python3-twilio (7.7.1) runs the Code tab's Python program for each of its test
// configurations, and the fingerprint must name twilio-python for every token it prints.
vi.setConfig({ testTimeout: 30_000 });
const pythonTwilio = await probe(PYTHON_TWILIO);

describeWith(
  pythonTwilio,
  'twilio-python, run',
  () => {
    let dir: Awaited<ReturnType<typeof tempDir>>;
    beforeAll(async () => {
      dir = await tempDir();
    });
    afterAll(async () => {
      await dir.remove();
    });

    it.for(CONFIG_NAMES)('is named for the token it makes: %s', async (name) => {
      const input: SnippetInput = SNIPPET_CONFIGS[name];
      const file = join(dir.path, `${name}-fingerprint.py`);
      await writeFile(file, pythonSnippet.code(input));
      const { stdout } = await run(PYTHON_TWILIO.command, [file], {
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_API_KEY: API_KEY_SID,
        TWILIO_API_SECRET: API_KEY_SECRET,
      });
      const identification = identify(stdout.trim());
      expect(identification).toMatchObject({ verdict: 'library', library: 'python' });
      // nbf is now unless the configuration gives one.
      const givesNbf = input.nbf !== undefined;
      expect(quirkCodes(identification).includes('nbfIsIssueTime')).toBe(!givesNbf);
    });
  },
  { concurrent: true },
);
