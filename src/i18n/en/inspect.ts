import type { Severity } from '../../token/diagnose/findings.ts';
import { describeFinding } from './pieces/findings.ts';
import { editInGenerate } from './pieces/editInGenerate.ts';
import { madeBy } from './pieces/madeBy.ts';
import { report } from './pieces/report.ts';
import { paste } from './pieces/paste.ts';

/** The inspector's words: the `inspect` namespace, loaded with the Inspect tab. */
export const inspect = {
  title: 'Inspect an access token',
  intro:
    'Paste a token from your app, your server or a log. It is read here, in the page; nothing is sent anywhere. Quotes, a “Bearer ” prefix and line breaks are removed for you.',
  tokenLabel: 'Token to inspect',
  tokenPlaceholder: 'eyJhbGciOiJIUzI1NiIs…',
  secretLabel: 'API Key Secret',
  secretDescription: 'Optional: to check the signature. It stays in this page.',
  revealSecret: 'Show API Key Secret',
  partsLabel: 'Token parts',
  diagnosis: 'Diagnosis',
  severity: { error: 'Error', warning: 'Warning', note: 'Note' } satisfies Record<Severity, string>,
  ok: 'OK',
  twilioError: (code: number) => `Twilio error ${code}`,
  errorLink: (code: number) => `Twilio’s page for error ${code}`,
  noProblems: 'No problems found: Twilio would accept this token, as far as its content goes.',
  signatureVerified: 'Signature verified',
  signatureUnchecked:
    'Enter the API Key Secret to check the signature (error 20107 when it does not match).',
  signatureUnsupported:
    'The signature cannot be checked: Twilio tokens are signed with HMAC (HS256).',
  empty: 'Paste a token above. The diagnosis appears as you type.',
  shareTitle: 'Share',
  copyShareLink: 'Copy link to this token',
  compareWith: 'Compare with…',
  shareWarning:
    'The link holds the token (never the secret) after #, which browsers do not send to servers. A token is a credential until it expires: share it only with people you trust.',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the address and copy it by hand.',
  viewFailedTitle: 'The inspector cannot show this token',
  viewFailedBody:
    'Something in the token broke the inspector. The rest of the page still works, and nothing was sent anywhere. Clear the token, or paste another one.',
  clearToken: 'Clear the token',
  describeFinding,
  madeBy,
  editInGenerate,
  report,
  paste,
};

export type InspectWords = typeof inspect;
