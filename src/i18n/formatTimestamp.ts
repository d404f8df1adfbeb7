const OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'long' };

// Building a DateTimeFormat costs far more than using one, and every claim row of every render
// formats two times: keep one pair per locale.
const formatters = new Map<string, { local: Intl.DateTimeFormat; utc: Intl.DateTimeFormat }>();

function formattersFor(locale: string) {
  let pair = formatters.get(locale);
  if (!pair) {
    pair = {
      local: new Intl.DateTimeFormat(locale, OPTIONS),
      utc: new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone: 'UTC' }),
    };
    formatters.set(locale, pair);
  }
  return pair;
}

/** A NumericDate (seconds) as readable local and UTC date-times in the given locale. */
export function formatTimestamp(seconds: number, locale: string): { local: string; utc: string } {
  const date = new Date(seconds * 1000);
  const { local, utc } = formattersFor(locale);
  return { local: local.format(date), utc: utc.format(date) };
}
