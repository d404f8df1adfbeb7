import { isLocale, matchLocale, type Locale } from './locale.ts';

/**
 * Where the chosen language is kept. public/preferences.js reads the same key before the app
 * loads, to set `<html lang>` early; keep the two in step (a unit test checks).
 */
export const LANGUAGE_STORAGE_KEY = 'access-token-lab:language';

/** The remembered choice, or the browser's languages on a first visit. */
export function initialLocale(): Locale {
  const saved = readStorage(LANGUAGE_STORAGE_KEY);
  return isLocale(saved) ? saved : matchLocale(navigator.languages);
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Storage can be full or blocked (private modes, policies): the choice then lasts this visit.
  }
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
