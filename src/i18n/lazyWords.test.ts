import { describe, expect, it, vi } from 'vitest';
import { LAZY_NAMESPACES } from '../../test/support/lazyNamespaces.ts';
import { loadWords, wordsOf } from './lazyWords.ts';
import { HTML_LANG, LOCALES } from './locale.ts';

/** What the bundler finds: every file directly in a language's folder. */
const FILES = import.meta.glob<Readonly<Record<string, unknown>>>('./*/*.ts', { eager: true });

describe('lazy words', () => {
  it('finds exactly the namespaces the type names, in every language', () => {
    const expected = LOCALES.flatMap((locale) =>
      LAZY_NAMESPACES.map((name) => `./${HTML_LANG[locale]}/${name}.ts`),
    );
    expect(Object.keys(FILES).sort()).toEqual(expected.sort());
  });

  it('loads each namespace in each language from its file, once, and keeps it', async () => {
    for (const locale of LOCALES) {
      for (const name of LAZY_NAMESPACES) {
        const first = loadWords(name, locale);
        expect(loadWords(name, locale)).toBe(first);
        const words = await first;
        expect(typeof words, `${name} in ${locale}`).toBe('object');
        expect(words).toBe(FILES[`./${HTML_LANG[locale]}/${name}.ts`]?.[name]);
        expect(wordsOf(name, locale).value).toBe(words);
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
