import { NativeSelect } from '@mantine/core';
import { useLocale, useMessages } from '../../i18n/I18nProvider.tsx';
import { HTML_LANG, isLocale, LANGUAGE_NAMES, LOCALES } from '../../i18n/locale.ts';

/** Switches the whole page between English and 日本語; the choice is remembered. */
export function LanguageSelect() {
  const { locale, setLocale } = useLocale();
  const label = useMessages().app.language;
  return (
    <NativeSelect
      size="xs"
      label={label}
      value={locale}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) void setLocale(next);
      }}
    >
      {LOCALES.map((option) => (
        // Each name is in its own language, so screen readers pronounce it right.
        <option key={option} value={option} lang={HTML_LANG[option]}>
          {LANGUAGE_NAMES[option]}
        </option>
      ))}
    </NativeSelect>
  );
}
