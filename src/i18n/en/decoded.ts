import { groupDigits } from '../formatNumber.ts';

/** A duration as people say it: 45 s, 3 min, 2 h 5 min, 3 days. The one each view uses. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${groupDigits(Math.floor(hours / 24))} days`;
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The decoded panel's words: the `decoded` namespace, loaded with the panel. */
export const decoded = {
  title: 'Decoded token',
  header: 'Header',
  payload: 'Payload',
  claims: 'Claims and grants',
  claim: 'Claim',
  value: 'Value',
  meaning: 'Meaning',
  local: 'Local',
  utc: 'UTC',
  expiresIn: (duration: string) => `expires in ${duration}`,
  expiredAgo: (duration: string) => `expired ${duration} ago`,
  formatDuration,
  moreRows: (count: number) =>
    `${groupDigits(count)} more claims are not listed here; the JSON above shows them all.`,
  shortVideoToken: (lifetime: string, recommended: string) =>
    `This Video token lives ${lifetime}: shorter than the longest session (${recommended} by default). Twilio recommends a TTL as long as the longest session, so a participant can reconnect after a network change; with this token they may not.`,
  failedTitle: 'The decoded token cannot be shown',
  failedBody:
    'Something in this token broke the decoded view. The rest of the page still works, and nothing was sent anywhere.',
};

export type DecodedWords = typeof decoded;
