/**
 * "Your setup": Remember in this browser, Clear, Copy share link. The `setup` namespace, loaded
 * with those controls, which sit below the fold.
 */
export const setup = {
  title: 'Your setup',
  remember: 'Remember in this browser',
  rememberHint:
    'Keeps this form (never the API Key Secret) in this browser’s storage, so it is waiting for you next time.',
  clear: 'Clear',
  clearHint: 'Empties the form and forgets what this browser remembered.',
  cleared: 'The form is cleared and nothing is remembered in this browser.',
  copyShareLink: 'Copy share link',
  shareLinkHint:
    'A link that fills this form for someone else: SIDs, identity, grants and options, never the API Key Secret.',
  copied: 'Link copied',
  copyFailed: 'Could not copy the link.',
};

export type SetupWords = typeof setup;
