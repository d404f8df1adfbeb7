import type { ComparedPart, Side, TimeStatus } from '../../token/compare/index.ts';
import { groupDigits } from '../formatNumber.ts';
import {
  describeConsequence,
  describeMeaning,
  lifetimeText,
  span,
  validFromText,
} from './pieces/compareDifferences.ts';
import { signedByText } from './pieces/signedBy.ts';

const PARTS: Readonly<Record<ComparedPart, string>> = { header: 'header', payload: 'payload' };

/** “the header”, “the header and the payload”. */
const parts = (list: readonly ComparedPart[]) =>
  list.map((part) => `the ${PARTS[part]}`).join(' and ');

function status(state: TimeStatus): string {
  switch (state.state) {
    case 'valid':
      return `valid, expires in ${span(state.secondsLeft)}`;
    case 'expired':
      return `expired ${span(state.secondsAgo)} ago`;
    case 'notYetValid':
      return `not valid for another ${span(state.secondsAhead)}`;
    case 'noExpiry':
      return 'never valid: no exp';
  }
}

/** The Compare tab's words: the `compare` namespace, loaded with the tab. */
export const compare = {
  title: 'Compare two access tokens',
  intro:
    'One token works and another fails? Paste both to see every field that differs and what it changes. They are read here, in the page; nothing is sent anywhere. Quotes, a “Bearer ” prefix and line breaks are removed for you.',
  tokenLabel: { first: 'First token', second: 'Second token' } satisfies Record<Side, string>,
  tokenPlaceholder: 'eyJhbGciOiJIUzI1NiIs…',
  diagnosisLabel: {
    first: 'Diagnosis of the first token',
    second: 'Diagnosis of the second token',
  } satisfies Record<Side, string>,
  secretLabel: 'API Key Secret',
  secretDescription:
    'Optional: to check both signatures and see which token it signed. It stays in this page.',
  revealSecret: 'Show API Key Secret',
  comparison: 'Comparison',
  incomplete: 'Paste a token in each box. The comparison appears as you type.',
  identical:
    'The two tokens are identical: the same bytes, once quotes, “Bearer ” and line breaks are removed.',
  unreadable: (sides: readonly Side[]) =>
    sides.length === 2
      ? 'Neither token can be read as a JWT, so there is nothing to compare. Their diagnoses say why.'
      : `The ${sides[0] ?? 'first'} token cannot be read as a JWT, so there is nothing to compare. Its diagnosis says why.`,
  signatureOnly:
    'Same header and payload, different signature: signed with a different secret or algorithm.',
  askSecret: 'Enter an API Key Secret to see which token it signed.',
  signedBy: signedByText,
  sameContent:
    'Same header fields and claims, written differently (key order, spacing or escapes), so the signatures differ too. Twilio reads both the same.',
  different: (total: number) =>
    total === 0
      ? 'No field this page reads differs.'
      : total === 1
        ? 'The tokens differ in 1 field.'
        : `The tokens differ in ${groupDigits(total)} fields.`,
  rewritten: (list: readonly ComparedPart[]) =>
    `Apart from that, ${parts(list)} ${list.length === 1 ? 'holds' : 'hold'} the same content written differently (key order or spacing), which Twilio reads the same.`,
  beyondDepth: (list: readonly ComparedPart[]) =>
    `Deeper than this page reads, ${parts(list)} ${list.length === 1 ? 'differs' : 'differ'}.`,
  differences: 'Differences',
  moreDifferences: (shown: number, total: number) =>
    `${groupDigits(total - shown)} more differences are not listed here.`,
  absent: 'absent',
  inHeader: (meaning: string) => `${meaning} (header)`,
  times: 'Times',
  time: 'Time',
  issued: 'Issued (iat)',
  validFrom: 'Valid from',
  expires: 'Expires (exp)',
  lifetime: 'Lifetime',
  now: 'Now',
  notWritten: 'not written',
  validFromText,
  validFromNbf: 'from its nbf',
  neitherIssued:
    'Neither token says when it was issued (no iat; twilio-python leaves it out), so each is valid from its nbf.',
  lifetimeText,
  status,
  describeMeaning,
  describeConsequence,
  viewFailedTitle: 'The comparison cannot be shown',
  viewFailedBody:
    'Something in these tokens broke the comparison. The rest of the page still works, and nothing was sent anywhere. Clear the tokens, or paste others.',
  clearTokens: 'Clear both tokens',
};

export type CompareWords = typeof compare;
