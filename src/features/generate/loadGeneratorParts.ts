import { preloadable } from '../../components/preloadable/preloadable.ts';
import { loadWords } from '../../i18n/lazyWords.ts';
import type { Locale } from '../../i18n/locale.ts';

/**
 * The generator's second stage: validation, the signer and the result view. It is fetched as
 * soon as the first screen is idle, or on the first focus of the form, whichever comes first, so
 * it is there long before anyone can press "Generate Access Token". Kept for the page's life.
 */
export const generatorParts = preloadable(() => import('./generatorParts.ts'));

/**
 * The second stage and the words it shows: problems, the decoded panel, the history. Safe to call
 * any number of times; once loaded, it settles at once.
 */
export function preloadGenerator(locale: Locale): Promise<unknown> {
  return Promise.all([
    generatorParts.load(),
    loadWords('problems', locale),
    loadWords('decoded', locale),
    loadWords('history', locale),
  ]);
}
