import { MantineProvider } from '@mantine/core';
import { queries, render, type RenderResult } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import {
  WorkbenchActionsContext,
  type WorkbenchActions,
} from '../../src/features/workbenchActions.ts';
import { cssVariablesResolver, theme } from '../../src/app/theme.ts';
import { I18nProvider } from '../../src/i18n/I18nProvider.tsx';
import { loadWords, type LazyNamespace } from '../../src/i18n/lazyWords.ts';
import { loadMessages } from '../../src/i18n/loadMessages.ts';
import type { Locale } from '../../src/i18n/locale.ts';

/**
 * Makes jsdom (`// @vitest-environment jsdom`) a browser our code runs in:
 * - Node's Uint8Array back as the global one. jsdom installs its own, so the bytes Node's
 *   TextEncoder and WebCrypto make fail jose's `instanceof Uint8Array` ("payload must be an
 *   instance of Uint8Array"); in a browser there is one realm and one Uint8Array.
 * - `matchMedia`, which Mantine asks for (colour scheme, reduced motion); it answers "no match",
 *   as a plain light-scheme desktop browser would.
 */
export function installBrowserShims(): void {
  const nodeBytes: unknown = Object.getPrototypeOf(Buffer.prototype);
  globalThis.Uint8Array = (nodeBytes as Uint8Array).constructor as Uint8ArrayConstructor;
  if (typeof window.matchMedia === 'function') return;
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}

export interface RenderInAppOptions {
  locale?: Locale;
  /** Lazy namespaces the component reads, loaded before the first render so nothing suspends. */
  words?: readonly LazyNamespace[];
  /** The workbench's actions; by default ones that do nothing. */
  actions?: Partial<WorkbenchActions>;
}

/**
 * Renders `ui` inside the providers the page gives every component: Mantine with the app's
 * theme, the word tree of `locale`, the workbench's actions, and a Suspense boundary.
 */
export async function renderInApp(
  ui: ReactNode,
  { locale = 'en-US', words = [], actions = {} }: RenderInAppOptions = {},
): Promise<RenderResult> {
  installBrowserShims();
  const [messages] = await Promise.all([
    loadMessages(locale),
    ...words.map((namespace) => loadWords(namespace, locale)),
  ]);
  const ignore = () => undefined;
  const value: WorkbenchActions = {
    inspect: ignore,
    compare: ignore,
    showGenerate: ignore,
    dismissNotice: ignore,
    ...actions,
  };
  // A wrapper, not a tree around `ui`: `rerender` then keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider initialMessages={messages}>
        <WorkbenchActionsContext value={value}>
          <Suspense fallback={<p>loading</p>}>{children}</Suspense>
        </WorkbenchActionsContext>
      </I18nProvider>
    </MantineProvider>
  );
  return render(ui, { wrapper, queries });
}
