import { describe, it, vi } from 'vitest';
import { phpSnippet } from './languages/php.ts';
import { rubySnippet } from './languages/ruby.ts';
import { CONFIG_NAMES } from './testing/configs.ts';
import { goldenPath } from './testing/golden.ts';
import { requireTool, run } from './testing/run.ts';

/**
 * PHP and Ruby can check syntax without the Twilio library installed, so every golden file in
 * those languages is parsed by the real interpreter: a string literal that escaped badly would
 * fail here even where the golden comparison, written by this same code, agrees.
 */
// Each test starts real processes; on a busy machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

describe.concurrent('the golden files parse', () => {
  it.for(CONFIG_NAMES)('php -l %s.php', async (config, { expect }) => {
    await requireTool('php', ['--version'], 'php-cli');
    const { stdout } = await run('php', ['-l', goldenPath(config, phpSnippet)]);
    expect(stdout).toContain('No syntax errors detected');
  });

  it.for(CONFIG_NAMES)('ruby -c %s.rb', async (config, { expect }) => {
    await requireTool('ruby', ['--version'], 'ruby');
    const { stdout } = await run('ruby', ['-c', goldenPath(config, rubySnippet)]);
    expect(stdout).toContain('Syntax OK');
  });
});
