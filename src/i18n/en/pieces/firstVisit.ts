import type { DurationParts } from '../../durationParts.ts';

/** "1 hour", "4 hours"; nothing for none. Plain string work: Intl costs the first load. */
const unit = (count: number, name: string) =>
  count === 0 ? '' : `${String(count)} ${name}${count === 1 ? '' : 's'}`;

/**
 * What the generator says before its first token: the action bar that keeps "Generate Access
 * Token" in sight with what is still needed, and the preview of what the token will hold.
 */
export const firstVisit = {
  /** The group of links to the fields still to fill in or fix. */
  stillNeeded: 'Still needed:',
  ready: 'Ready: every required field is filled in.',
  preview: {
    title: 'What the token will hold',
    intro:
      'Filled in from the form as you type. Nothing is signed until you press “Generate Access Token”.',
    header: 'Header',
    payload: 'Payload',
    notYet: 'not filled in yet',
    noGrant: 'no grant switched on yet',
    grantList: (names: readonly string[]) => names.join(', '),
    validFor: 'Valid for',
    ttlUnread: 'not readable yet: seconds, or a length such as 4h or 90m',
    expiresAfter: (duration: string) => `${duration} after it is signed`,
    duration: ({ hours, minutes, seconds }: DurationParts) =>
      [unit(hours, 'hour'), unit(minutes, 'minute'), unit(seconds, 'second')]
        .filter((part) => part !== '')
        .join(' '),
    videoSession: (lifetime: string) =>
      `${lifetime}: as long as a Video room’s longest session by default, so a participant can reconnect`,
    signedAt: 'Set when you press the button: iat (issued at), exp (iat + TTL) and jti.',
  },
  /** A product's rule that the token would break, shown at its field. */
  warning: 'Warning',
  twilioError: (code: number) => `Twilio error ${String(code)}`,
};

export type FirstVisitWords = typeof firstVisit;
