import type { TokenTimes } from '../../../token/tokenTimes.ts';
import { formatDuration } from '../decoded.ts';

/**
 * "Copy report" in English: the controls, and the report's own words. The findings, the
 * severity and the library's name come from the rest of the `inspect` namespace.
 *
 * @example
 * ```ts
 * report.describeTimes({ lifetime: { seconds: 3600, from: 'iat' }, status: { state: 'expired', secondsAgo: 120 }, … });
 * // 'Lives 1 h (exp − iat). Expired 2 min ago.'
 * ```
 */
export const report = {
  copy: 'Copy report',
  shortenSids: 'Shorten SIDs',
  maskIdentity: 'Mask identity',
  hint: 'Markdown for a support ticket or a GitHub issue: the decoded token and the diagnosis, never the signature or a secret.',
  copied: 'Copied',
  copyFailed: 'Could not copy the report.',
  title: 'Twilio Access Token report',
  intro: ({
    shortenSids,
    maskIdentity,
    at,
  }: {
    shortenSids: boolean;
    maskIdentity: boolean;
    at: string;
  }) =>
    `Made with Access Token Lab at ${at}. The signature and any secret are left out${
      shortenSids ? '; SIDs are shortened' : ''
    }${maskIdentity ? '; the identity is masked' : ''}.`,
  header: 'Header',
  payload: 'Payload',
  diagnosis: 'Diagnosis',
  noProblems: 'No problems found in its content.',
  lifetime: 'Lifetime',
  madeBy: 'Made by',
  maskedIdentity: '[identity masked]',
  describeTimes({ lifetime, status }: TokenTimes): string {
    const lives = !lifetime
      ? 'Its lifetime cannot be told: it needs a numeric exp, and iat or nbf.'
      : lifetime.seconds <= 0
        ? `exp is ${formatDuration(lifetime.seconds)} before ${lifetime.from}, so it is never valid.`
        : `Lives ${formatDuration(lifetime.seconds)} (exp − ${lifetime.from}).`;
    switch (status.state) {
      case 'valid':
        return `${lives} Valid for ${formatDuration(status.secondsLeft)} more.`;
      case 'expired':
        return `${lives} Expired ${formatDuration(status.secondsAgo)} ago.`;
      case 'notYetValid':
        return `${lives} Not valid for another ${formatDuration(status.secondsAhead)}.`;
      case 'noExpiry':
        return `${lives} It has no usable exp, so Twilio refuses it.`;
    }
  },
};

export type ReportPieceWords = typeof report;
