import { MantineProvider } from '@mantine/core';
import type { Messages } from '../i18n/en.ts';
import { colorSchemeManager } from '../features/preferences/colorSchemeStorage.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { AppLayout } from './AppLayout.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { Start } from './links/readLinks.ts';
import { Workbench } from './workbench/Workbench.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** The whole app, in the language and with the form main.tsx loaded. */
export function App({ messages, start }: { messages: Messages; start: Start }) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
      // The provider writes every theme variable itself, so the 27 kB static copy
      // (default-css-variables.css) stays out of the first load.
      deduplicateCssVariables={false}
    >
      <I18nProvider initialMessages={messages}>
        <ErrorBoundary>
          <AppLayout>
            <Workbench start={start} />
          </AppLayout>
        </ErrorBoundary>
      </I18nProvider>
    </MantineProvider>
  );
}
