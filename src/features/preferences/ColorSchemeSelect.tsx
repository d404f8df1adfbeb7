import { NativeSelect, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useMessages } from '../../i18n/I18nProvider.tsx';

const SCHEMES = ['auto', 'light', 'dark'] as const satisfies readonly MantineColorScheme[];

function isScheme(value: string): value is (typeof SCHEMES)[number] {
  return (SCHEMES as readonly string[]).includes(value);
}

/**
 * Light, dark, or the system's choice. Mantine remembers it in localStorage; public/preferences.js
 * applies it before the first paint, so the page never flashes the wrong scheme.
 */
export function ColorSchemeSelect() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const t = useMessages().app;
  return (
    <NativeSelect
      size="xs"
      label={t.colorScheme}
      value={colorScheme}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isScheme(next)) setColorScheme(next);
      }}
      data={SCHEMES.map((scheme) => ({ value: scheme, label: t.colorSchemes[scheme] }))}
    />
  );
}
