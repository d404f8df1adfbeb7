/**
 * The "How do I know?" panel's words, behind the "Signed locally" badge: the `trust` namespace,
 * loaded with the panel.
 */
export const trust = {
  title: 'How do I know the secret stays here?',
  close: 'Close',
  secretTitle: 'What the page does with your secret',
  secretBody:
    'Your API Key Secret is kept in this page’s memory only while it is open, to sign tokens with your browser’s WebCrypto. It is never stored (not in local storage, cookies or a remembered setup), never put in the address or a share link, and sent nowhere.',
  policyTitle: 'The page’s Content-Security-Policy, as served',
  policyIntro: 'Read just now from this page’s own meta tag:',
  policyLabel: 'Content-Security-Policy of this page',
  connectNone:
    "Its connect-src 'none' makes the browser refuse every connection a script could open: fetch, XMLHttpRequest, WebSocket, beacons. Scripts, images and fonts may only come from this site itself ('self').",
  connectOpen:
    "This policy does not set connect-src 'none', so it does not by itself stop the page from connecting.",
  noPolicy:
    'This copy of the page carries no Content-Security-Policy meta tag (a development server leaves it out). The built page has one.',
  checkTitle: 'Check it yourself',
  checkSteps: [
    'Open your browser’s developer tools (F12, or ⌥⌘I on a Mac) and choose the Network panel.',
    'Press “Generate Access Token”: no request appears.',
    'Under Application (Chrome, Edge) or Storage (Firefox), local storage and cookies hold no secret.',
  ],
  offlineTitle: 'It works offline',
  offlineBody:
    'After the first visit a service worker keeps the page’s files, so you can switch the network off, reload, and keep making tokens.',
  offlineActive: 'A service worker controls this page now.',
  offlineInactive:
    'No service worker controls this page yet (the first visit, a development server, or a private window).',
};

export type TrustWords = typeof trust;
