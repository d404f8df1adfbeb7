import { MantineProvider } from '@mantine/core';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { AppLayout } from './AppLayout.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Workbench } from './Workbench.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

export function App() {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      // The provider writes every theme variable itself, so the 27 kB static copy
      // (default-css-variables.css) stays out of the first load.
      deduplicateCssVariables={false}
    >
      <I18nProvider>
        <ErrorBoundary>
          <AppLayout>
            <Workbench />
          </AppLayout>
        </ErrorBoundary>
      </I18nProvider>
    </MantineProvider>
  );
}
