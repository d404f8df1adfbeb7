import { preloadable } from '../../lib/preloadable.ts';
import { loadWords } from '../../i18n/lazyWords.ts';
import type { Locale } from '../../i18n/locale.ts';

/**
 * The generator's second stage: validation, the signer and the result view. It is fetched as
 * soon as the first screen is idle, or on the first focus of the form, whichever comes first, so
 * it is there long before anyone can press "Generate Access Token". Kept for the page's life.
 */
export const generatorParts = preloadable(() => import('./generatorParts.ts'));

/** Each part of the second stage with the words it shows: problems, decoded panel, history. */
export function generatorPreloads(locale: Locale): readonly (() => Promise<unknown>)[] {
  return [
    () => generatorParts.load(),
    () => loadWords('problems', locale),
    () => loadWords('warnings', locale),
    () => loadWords('decoded', locale),
    () => loadWords('history', locale),
  ];
}

/** All of the second stage at once, for when it is needed now. Once loaded, it settles at once. */
export function preloadGenerator(locale: Locale): Promise<unknown> {
  return Promise.all(generatorPreloads(locale).map((load) => load()));
}
