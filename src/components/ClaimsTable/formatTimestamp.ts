/** A NumericDate (seconds) as readable local and UTC date-times in the given locale. */
export function formatTimestamp(seconds: number, locale: string): { local: string; utc: string } {
  const date = new Date(seconds * 1000);
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'medium',
    timeStyle: 'long',
  };
  return {
    local: new Intl.DateTimeFormat(locale, options).format(date),
    utc: new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date),
  };
}

/** Seconds since the epoch that Date can represent. */
export function isDisplayableTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 8.64e12;
}
