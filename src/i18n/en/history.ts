/** The Recent tokens list's words: the `history` namespace, loaded with the list. */
export const history = {
  title: 'Recent tokens',
  intro: 'Made in this tab and kept in memory only: they are gone when you reload.',
  status: { valid: 'Valid', expired: 'Expired', notYetValid: 'Not valid yet' },
  remaining: (duration: string) => `${duration} left`,
  ago: (duration: string) => `${duration} ago`,
  madeAt: (time: string) => `made at ${time}`,
  copy: 'Copy',
  copyLabel: (identity: string, time: string) => `Copy token for ${identity} made at ${time}`,
  copied: 'Copied',
  copyFailed: 'Could not copy',
  inspect: 'Inspect',
  inspectLabel: (identity: string, time: string) => `Inspect token for ${identity} made at ${time}`,
};

export type HistoryWords = typeof history;
