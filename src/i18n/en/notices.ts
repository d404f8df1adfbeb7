import { MAX_TOKEN_LENGTH } from '../../token/diagnose/limits.ts';
import { groupDigits } from '../formatNumber.ts';

/**
 * What the page says about the link it was opened with: the `notices` namespace, loaded only
 * when there is something to say.
 */
export const notices = {
  setupFromLink: 'The form was filled from a share link. Enter your API Key Secret to generate.',
  setupLinkUnreadable:
    'The share link could not be read, so it was ignored. The form is as you left it.',
  setupLinkConflict:
    'This page was opened with a share link, and this browser remembers a setup of yours. The form shows yours; should it take the link’s instead?',
  useLinkedSetup: 'Use the link’s setup',
  keepRememberedSetup: 'Keep my setup',
  tokenLinkTooLarge: `The link to a token is longer than any token (over ${groupDigits(MAX_TOKEN_LENGTH)} characters), so it was ignored.`,
  tokenLinkUnreadable:
    'The link to a token could not be read (it is cut, altered or not a token), so it was ignored. Ask for the link again, or paste the token into Inspect.',
  formFromToken:
    'The form was filled from the token. A token never carries its secret: enter your API Key Secret to generate it again with new times.',
  dismiss: 'Dismiss',
};

export type NoticeWords = typeof notices;
