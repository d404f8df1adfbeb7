import { describe, expect, it, vi } from 'vitest';
import { loadWords, wordsOf, type LazyNamespace } from './lazyWords.ts';
import { HTML_LANG, LOCALES } from './locale.ts';

/** Every namespace the type names; the compiler keeps this in step with `LazyNamespaces`. */
const NAMESPACES = {
  code: true,
  compare: true,
  decoded: true,
  history: true,
  inspect: true,
  notices: true,
  problems: true,
  setup: true,
  warnings: true,
} as const satisfies Record<LazyNamespace, true>;

const names = Object.keys(NAMESPACES) as LazyNamespace[];

/** What the bundler finds: a namespace is a file `<lang>/<name>.ts` that exports `<name>`. */
const FILES = import.meta.glob<Readonly<Record<string, unknown>>>('./*/*.ts', { eager: true });

describe('lazy words', () => {
  it('finds a file for every namespace the type names, and no namespace the type lacks', () => {
    const found = Object.entries(FILES)
      .filter(([file, module]) => Object.hasOwn(module, /\/(\w+)\.ts$/.exec(file)?.[1] ?? ''))
      .map(([file]) => file.replace(/^\.\/[a-z]+\//, ''));
    for (const name of names) {
      expect(found.filter((file) => file === `${name}.ts`)).toHaveLength(LOCALES.length);
    }
    expect(new Set(found)).toEqual(new Set(names.map((name) => `${name}.ts`)));
  });

  it('loads each namespace in each language from its file, once, and keeps it', async () => {
    for (const locale of LOCALES) {
      for (const name of names) {
        const first = loadWords(name, locale);
        expect(loadWords(name, locale)).toBe(first);
        expect(await first).toBe(FILES[`./${HTML_LANG[locale]}/${name}.ts`]?.[name]);
        expect(wordsOf(name, locale).value).toBe(await first);
      }
    }
    expect(await loadWords('setup', 'ja-JP')).not.toBe(await loadWords('setup', 'en-US'));
  });

  it('loads in a new language the namespaces loaded in another, and only those', async () => {
    vi.resetModules();
    const fresh = await import('./lazyWords.ts');
    await fresh.loadWords('history', 'en-US');
    await fresh.loadWordsInUse('ja-JP');
    expect(fresh.wordsOf('history', 'ja-JP').value?.title).toBe('最近のトークン');
    expect(fresh.wordsOf('code', 'ja-JP').value).toBeUndefined();
    expect(fresh.wordsOf('code', 'en-US').value).toBeUndefined();
  });
});
