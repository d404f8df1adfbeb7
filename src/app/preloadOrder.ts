import { useEffect } from 'react';
import { secondStage } from '../features/generate/loadSecondStage.ts';
import { setupControls } from '../features/setup/loadSetupControls.ts';
import { trustPanel } from '../features/trust/loadTrustPanel.ts';
import { useMessages } from '../i18n/I18nProvider.tsx';
import { laterPart, partLoads, type LaterPart } from '../i18n/laterPart.ts';
import { preloadWhenIdle } from './whenIdle.ts';

/** The views behind the Inspect, Compare and Code tabs, each with its words. */
export const inspectView = laterPart(
  () => import('../features/inspect/InspectView.tsx'),
  ['inspect'],
);
export const compareView = laterPart(
  () => import('../features/compare/CompareView.tsx'),
  // Each token's verdict is the inspector's diagnosis list.
  ['compare', 'inspect'],
);
export const codeView = laterPart(() => import('../features/snippets/CodeView.tsx'), ['code']);

/** What the page says about the link it was opened with: loaded only when there is something to say. */
export const noticeBar = laterPart(() => import('./links/NoticeBar.tsx'), ['notices']);

/**
 * What watches for a new version of the app and says so (offline/UpdateNotice.tsx); importing it
 * starts the watch.
 */
export const updateNotice = laterPart(() => import('./offline/UpdateNotice.tsx'));

/**
 * What the page loads once its first screen is idle, in this order, one load per idle period, so
 * that no click waits for a download: the generator's second stage (the click needs it), the
 * setup controls below the fold, the other tabs, the badge's "How do I know?" panel, and last what watches for a new version.
 */
export const PRELOAD_ORDER: readonly LaterPart<unknown>[] = [
  secondStage,
  setupControls,
  inspectView,
  codeView,
  compareView,
  trustPanel,
  updateNotice,
];

/** Starts the preload once the first screen is idle, and again in a new language. */
export function usePreloadWhenIdle(): void {
  const { locale } = useMessages();
  useEffect(() => preloadWhenIdle(partLoads(PRELOAD_ORDER, locale)), [locale]);
}
