import { localStorageColorSchemeManager } from '@mantine/core';

/**
 * Where the chosen color scheme is kept. public/preferences.js reads the same key before the app
 * loads, to paint the right scheme from the start; keep the two in step (a unit test checks).
 */
export const COLOR_SCHEME_STORAGE_KEY = 'access-token-lab:color-scheme';

export const colorSchemeManager = localStorageColorSchemeManager({
  key: COLOR_SCHEME_STORAGE_KEY,
});
