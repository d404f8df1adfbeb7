import { laterPart } from '../../i18n/laterPart.ts';

/**
 * "Your setup" (Remember, Clear, Copy share link) with its words. It sits below the Generate
 * button, off the first screen: it is drawn once the page's idle preload has fetched it, a moment
 * after the first paint. Reading a remembered setup or a setup link happens at start, without it.
 */
export const setupControls = laterPart(() => import('./SetupControls.tsx'), ['setup']);
