import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useMessages, useSetLocale } from '../../i18n/I18nProvider.tsx';
import { HTML_LANG, isLocale, LANGUAGE_NAMES, LOCALES } from '../../i18n/locale.ts';

/** Switches the whole page between English and 日本語; the choice is remembered. */
export function LanguageSelect() {
  const { locale, app: t } = useMessages();
  const setLocale = useSetLocale();
  // A language that cannot load (its chunk never cached, now offline) leaves the page as it was,
  // and says so at the control.
  const [failed, setFailed] = useState<string>();
  return (
    <NativeSelect
      size="xs"
      label={t.language}
      value={locale}
      error={failed && t.languageUnavailable(failed)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isLocale(next)) return;
        setFailed(undefined);
        setLocale(next).catch(() => {
          setFailed(LANGUAGE_NAMES[next]);
        });
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
