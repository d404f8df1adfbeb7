import { preloadable, type Preloadable } from '../lib/preloadable.ts';
import type { CodeWords } from './en/code.ts';
import type { CompareWords } from './en/compare.ts';
import type { DecodedWords } from './en/decoded.ts';
import type { HistoryWords } from './en/history.ts';
import type { InspectWords } from './en/inspect.ts';
import type { NoticeWords } from './en/notices.ts';
import type { ProblemWords } from './en/problems.ts';
import type { SetupWords } from './en/setup.ts';
import type { TrustWords } from './en/trust.ts';
import type { WarningWords } from './en/warnings.ts';
import { HTML_LANG, type Locale } from './locale.ts';

/**
 * The namespaces of the word tree that load with the part of the page that shows them, not with
 * the page, each by the type of its English words. A namespace is a file `<lang>/<name>.ts` that
 * exports `<name>`, in every language's folder (`en/`, `ja/`: each language's `HTML_LANG`);
 * `en/<name>.ts` is the reference and the others have its type, so a missing key fails the
 * typecheck. Every file directly in a language's folder is a namespace; the pieces that the
 * word trees import sit in its `pieces/`, out of the glob's reach, so it makes no chunk of them.
 */
export interface LazyNamespaces {
  readonly code: CodeWords;
  readonly compare: CompareWords;
  readonly decoded: DecodedWords;
  readonly history: HistoryWords;
  readonly inspect: InspectWords;
  readonly notices: NoticeWords;
  readonly problems: ProblemWords;
  readonly setup: SetupWords;
  readonly trust: TrustWords;
  readonly warnings: WarningWords;
}

export type LazyNamespace = keyof LazyNamespaces;
export type LazyWords<N extends LazyNamespace> = LazyNamespaces[N];

/** Every namespace of every language, found by the bundler: each its own chunk, fetched when asked for. */
const FILES = import.meta.glob(['./*/*.ts', '!./*/*.test.ts']);

/** Each namespace's words in each language by file, loaded once and kept for the page's life. */
const kept = new Map<string, Preloadable<unknown>>();

/** The namespaces loaded in some language, which a change of language loads first. */
const inUse = new Set<LazyNamespace>();

/** Where a lazy namespace's words in a language are loaded and kept. */
export function wordsOf<N extends LazyNamespace>(
  namespace: N,
  locale: Locale,
): Preloadable<LazyWords<N>> {
  const file = `./${HTML_LANG[locale]}/${namespace}.ts`;
  let words = kept.get(file);
  if (!words) {
    // Every language has every namespace: a unit test reads each of them from its file.
    words = preloadable(async () => {
      const module = (await FILES[file]?.()) as Readonly<Record<string, unknown>> | undefined;
      inUse.add(namespace);
      return module?.[namespace];
    });
    kept.set(file, words);
  }
  // The file's name is the namespace's, and its export has the English type (see above).
  return words as Preloadable<LazyWords<N>>;
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
  await Promise.all([...inUse].map((namespace) => loadWords(namespace, locale)));
}
