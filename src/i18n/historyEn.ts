/** The Recent tokens list's words. Loaded with the token result. */
export const historyEn = {
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

export type HistoryMessages = typeof historyEn;
