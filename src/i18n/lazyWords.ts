import { preloadable, type Preloadable } from '../lib/preloadable.ts';
import type { Locale } from './locale.ts';

/**
 * The namespaces of the word tree that load with their view, not with the page: the decoded
 * panel's and the Recent tokens list's (which come with the generator's second stage), and the
 * Inspect, Compare and Code tabs'. `en/<namespace>.ts` is the reference; `ja/<namespace>.ts` has
 * its type.
 */
const LAZY_WORDS = {
  decoded: {
    'en-US': preloadable(() => import('./en/decoded.ts').then((module) => module.decoded)),
    'ja-JP': preloadable(() => import('./ja/decoded.ts').then((module) => module.decoded)),
  },
  setup: {
    'en-US': preloadable(() => import('./en/setup.ts').then((module) => module.setup)),
    'ja-JP': preloadable(() => import('./ja/setup.ts').then((module) => module.setup)),
  },
  notices: {
    'en-US': preloadable(() => import('./en/notices.ts').then((module) => module.notices)),
    'ja-JP': preloadable(() => import('./ja/notices.ts').then((module) => module.notices)),
  },
  problems: {
    'en-US': preloadable(() => import('./en/problems.ts').then((module) => module.problems)),
    'ja-JP': preloadable(() => import('./ja/problems.ts').then((module) => module.problems)),
  },
  warnings: {
    'en-US': preloadable(() => import('./en/warnings.ts').then((module) => module.warnings)),
    'ja-JP': preloadable(() => import('./ja/warnings.ts').then((module) => module.warnings)),
  },
  history: {
    'en-US': preloadable(() => import('./en/history.ts').then((module) => module.history)),
    'ja-JP': preloadable(() => import('./ja/history.ts').then((module) => module.history)),
  },
  inspect: {
    'en-US': preloadable(() => import('./en/inspect.ts').then((module) => module.inspect)),
    'ja-JP': preloadable(() => import('./ja/inspect.ts').then((module) => module.inspect)),
  },
  code: {
    'en-US': preloadable(() => import('./en/code.ts').then((module) => module.code)),
    'ja-JP': preloadable(() => import('./ja/code.ts').then((module) => module.code)),
  },
  compare: {
    'en-US': preloadable(() => import('./en/compare.ts').then((module) => module.compare)),
    'ja-JP': preloadable(() => import('./ja/compare.ts').then((module) => module.compare)),
  },
};

export type LazyNamespace = keyof typeof LAZY_WORDS;
export type LazyWords<N extends LazyNamespace> = Awaited<
  ReturnType<(typeof LAZY_WORDS)[N]['en-US']['load']>
>;

/** Where a lazy namespace's words in a language are loaded and kept. */
export function wordsOf<N extends LazyNamespace>(
  namespace: N,
  locale: Locale,
): Preloadable<LazyWords<N>> {
  // The cast only undoes TypeScript's widening of the indexed union; LAZY_WORDS' type pins it.
  return LAZY_WORDS[namespace][locale] as Preloadable<LazyWords<N>>;
}

/** A lazy namespace's words in a language: loaded once, then kept. */
export function loadWords<N extends LazyNamespace>(
  namespace: N,
  locale: Locale,
): Promise<LazyWords<N>> {
  return wordsOf(namespace, locale).load();
}

/** Loads, in `locale`, every lazy namespace already loaded in some language. */
export async function loadWordsInUse(locale: Locale): Promise<void> {
  const inUse = (Object.keys(LAZY_WORDS) as LazyNamespace[]).filter((namespace) => {
    const languages: readonly Preloadable<unknown>[] = Object.values(LAZY_WORDS[namespace]);
    return languages.some((words) => words.value !== undefined);
  });
  await Promise.all(inUse.map((namespace) => loadWords(namespace, locale)));
}
