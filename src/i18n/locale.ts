/** The languages the UI speaks. English is the reference; every other language mirrors it. */
export const LOCALES = ['en-US', 'ja-JP'] as const;

export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, as the Language control lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'English',
  'ja-JP': '日本語',
};

/** The `lang` attribute for each language (BCP 47 primary tag is what screen readers need). */
export const HTML_LANG: Readonly<Record<Locale, string>> = { 'en-US': 'en', 'ja-JP': 'ja' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages that we speak, by primary subtag
 * ("ja", "ja-JP", "en-GB" all match); English when none does.
 *
 * @example
 * ```ts
 * matchLocale(navigator.languages); // 'ja-JP' for ['ja', 'en-US']
 * ```
 */
export function matchLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    const match = LOCALES.find((locale) => locale.toLowerCase().startsWith(`${primary ?? ''}-`));
    if (match) return match;
  }
  return 'en-US';
}
