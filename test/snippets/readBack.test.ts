import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { phpSnippet } from '../../src/features/snippets/languages/php.ts';
import { rubySnippet } from '../../src/features/snippets/languages/ruby.ts';
import { tempDir } from '../support/run.ts';
import { describeWith, PHP, probe, RUBY } from '../support/tools.ts';
import { CONFIG_NAMES, SNIPPET_CONFIGS } from './configs.ts';
import { meantValues, readBackPhp, readBackRuby } from './readBack.ts';

// Each test starts an interpreter; on a busy machine that needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const [php, ruby] = await Promise.all([probe(PHP), probe(RUBY)]);

const HOSTILE = SNIPPET_CONFIGS['hostile-keys'];

describeWith(php, 'the PHP programs’ literals, read back by php', () => {
  it.for(CONFIG_NAMES)('%s', async (config) => {
    const input = SNIPPET_CONFIGS[config];
    const values = await readBackPhp(phpSnippet.code(input), dir.path);
    for (const value of meantValues(input)) expect(values).toContainEqual(value);
  });

  it('would catch a nested object with keys 0, 1… written as a plain array', async () => {
    const source = phpSnippet.code(HOSTILE).replaceAll('(object) [', '[');
    const values = await readBackPhp(source, dir.path);
    expect(values).not.toContainEqual(HOSTILE.grants.playback.grant);
    expect(JSON.stringify(values)).toContain('"list":["zero","one"]');
  });
});

describeWith(ruby, 'the Ruby programs’ literals, read back by ruby', () => {
  it.for(CONFIG_NAMES)('%s', async (config) => {
    const input = SNIPPET_CONFIGS[config];
    const values = await readBackRuby(rubySnippet.code(input), dir.path);
    for (const value of meantValues(input)) expect(values).toContainEqual(value);
  });

  it('would catch a key written in double quotes, where #{…} interpolates', async () => {
    const source = rubySnippet.code(HOSTILE).replace("'#{x}' =>", '"#{1 + 1}" =>');
    const values = await readBackRuby(source, dir.path);
    expect(values).not.toContainEqual(HOSTILE.grants.voice.outgoingApplicationParams);
  });
});
