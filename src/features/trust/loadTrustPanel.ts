import { laterPart } from '../../i18n/laterPart.ts';

/**
 * The "How do I know?" panel behind the "Signed locally" badge, with its words. Off the first
 * screen's load: preloaded once the page is idle, or fetched on the first click.
 */
export const trustPanel = laterPart(() => import('./TrustPanel.tsx'), ['trust']);
