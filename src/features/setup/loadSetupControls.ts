import { preloadable } from '../../lib/preloadable.ts';
import { loadWords } from '../../i18n/lazyWords.ts';
import type { Locale } from '../../i18n/locale.ts';

/**
 * "Your setup" (Remember, Clear, Copy share link) sits below the Generate button, off the first
 * screen: it is drawn once the page's idle preload has fetched it, a moment after the first
 * paint. Reading a remembered setup or a setup link happens at start, without it.
 */
export const setupControls = preloadable(() => import('./SetupControls.tsx'));

/** The controls and their words, for the idle preload. */
export function setupPreloads(locale: Locale): readonly (() => Promise<unknown>)[] {
  return [() => setupControls.load(), () => loadWords('setup', locale)];
}
