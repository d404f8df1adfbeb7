import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languagePreference.ts';
import { COLOR_SCHEME_STORAGE_KEY } from './colorSchemeStorage.ts';

// public/preferences.js runs before the bundle and cannot import the app's constants.
const script = readFileSync(new URL('../../../public/preferences.js', import.meta.url), 'utf8');

/** Runs the file as the browser would, with the given window and <html>. */
function runScript(window: object, root: object): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- that is the point here
  const run = new Function('window', 'document', script) as (w: object, d: object) => void;
  run(window, { documentElement: root });
}

describe('public/preferences.js', () => {
  it('reads the keys the app writes', () => {
    expect(script).toContain(`'${COLOR_SCHEME_STORAGE_KEY}'`);
    expect(script).toContain(`'${LANGUAGE_STORAGE_KEY}'`);
  });

  it.each([
    ['dark', 'en-US', false, 'dark', 'en'],
    ['light', 'ja-JP', true, 'light', 'ja'],
    [null, null, true, 'dark', 'en'],
    ['auto', null, false, 'light', 'en'],
    ['"><script>', 'xx', false, 'light', 'en'],
  ])(
    'with scheme %s and language %s (system dark: %s) sets %s and lang %s',
    (scheme, language, systemDark, expectedScheme, expectedLang) => {
      const attributes = new Map<string, string>();
      const root = {
        lang: 'en',
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      };
      const stored = new Map<string, string | null>([
        [COLOR_SCHEME_STORAGE_KEY, scheme],
        [LANGUAGE_STORAGE_KEY, language],
      ]);
      const window = {
        localStorage: { getItem: (key: string) => stored.get(key) ?? null },
        matchMedia: () => ({ matches: systemDark }),
      };
      runScript(window, root);
      expect(attributes.get('data-mantine-color-scheme')).toBe(expectedScheme);
      expect(root.lang).toBe(expectedLang);
    },
  );

  it('survives storage that throws', () => {
    const root = { lang: 'en', setAttribute: () => undefined };
    const window = {
      localStorage: {
        getItem: () => {
          throw new Error('blocked');
        },
      },
      matchMedia: () => ({ matches: false }),
    };
    expect(() => {
      runScript(window, root);
    }).not.toThrow();
  });
});
