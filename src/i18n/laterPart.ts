import { use, useMemo, type ReactNode } from 'react';
import { preloadable, useLoaded, type Preloadable } from '../lib/preloadable.ts';
import { useMessages } from './I18nProvider.tsx';
import { loadWords, wordsOf, type LazyNamespace } from './lazyWords.ts';
import type { Locale } from './locale.ts';

/**
 * A part of the page that loads after the first screen (a view behind a tab, the generator's
 * second stage, a notice), with the word namespaces it shows. Its code loads once and is kept for
 * the page's life; its words load in the page's language with it. The one way the app loads
 * anything later: defined where it is used, preloaded in the order app/preloadOrder.ts writes.
 *
 * @example
 * ```tsx
 * const inspectView = laterPart(() => import('./InspectView.tsx'), ['inspect']);
 * const { InspectView } = usePart(inspectView); // in a component, under Suspense
 * ```
 */
export interface LaterPart<T> extends Preloadable<T> {
  /** The namespaces its components read with useLazyWords. */
  readonly words: readonly LazyNamespace[];
}

export function laterPart<T>(
  importer: () => Promise<T>,
  words: readonly LazyNamespace[] = [],
): LaterPart<T> {
  return Object.assign(preloadable(importer), { words });
}

/** The part's code and its words in `locale`, now; resolves to the code. */
export async function loadPart<T>(part: LaterPart<T>, locale: Locale): Promise<T> {
  const [code] = await Promise.all([
    part.load(),
    ...part.words.map((namespace) => loadWords(namespace, locale)),
  ]);
  return code;
}

/**
 * Each load `parts` need in `locale`, in order (a part's code, then its words; a namespace
 * once): for a preload that starts one at a time.
 */
export function partLoads(
  parts: readonly LaterPart<unknown>[],
  locale: Locale,
): (() => Promise<unknown>)[] {
  const namespaces = new Set(parts.flatMap((part) => part.words));
  return parts.flatMap((part) => [
    () => part.load(),
    ...part.words
      .filter((namespace) => namespaces.delete(namespace))
      .map((namespace) => () => loadWords(namespace, locale)),
  ]);
}

/** The part's code, in a component: suspends until it and its words are there. */
export function usePart<T>(part: LaterPart<T>): T {
  const { locale } = useMessages();
  const code = part.load();
  // Started together; each settled promise is read at once.
  for (const words of part.words.map((namespace) => loadWords(namespace, locale))) use(words);
  return use(code);
}

/**
 * Draws `children` with the part's code once it and its words are there; suspends until then.
 *
 * @example
 * ```tsx
 * <Later part={inspectView}>{({ InspectView }) => <InspectView input={input} />}</Later>
 * ```
 */
export function Later<T>({
  part,
  children,
}: {
  part: LaterPart<T>;
  children: (code: T) => ReactNode;
}) {
  return children(usePart(part));
}

/**
 * The part's code once it and its words are loaded, or undefined until then, without starting
 * anything: for a part that shows up once the idle preload has fetched it.
 */
export function useLoadedPart<T>(part: LaterPart<T>): T | undefined {
  const { locale } = useMessages();
  const words = useMemo(
    () => part.words.map((namespace) => wordsOf(namespace, locale)),
    [part, locale],
  );
  return useLoaded(part, words);
}
