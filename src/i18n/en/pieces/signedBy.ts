import type { Side, SignedBy } from '../../../token/compare/index.ts';

const WHICH: Readonly<Record<Side, string>> = { first: 'first', second: 'second' };

/**
 * The comparison's sentence on which token the API Key Secret signed, or undefined when there is
 * nothing to say yet (no secret, or a check under way: each side's list says so on its own).
 */
export function signedByText(result: SignedBy): string | undefined {
  if (result.kind !== 'checked') return undefined;
  const { signed, notSigned, uncheckable } = result;
  const main =
    signed.length === 2
      ? 'The API Key Secret signed both tokens.'
      : signed.length === 1
        ? `The API Key Secret signed the ${WHICH[signed[0] ?? 'first']} token${notSigned.length === 1 ? `, not the ${WHICH[notSigned[0] ?? 'second']} (Twilio error 20107)` : ''}.`
        : notSigned.length === 2
          ? 'The API Key Secret signed neither token (Twilio error 20107 for both).'
          : notSigned.length === 1
            ? `The API Key Secret did not sign the ${WHICH[notSigned[0] ?? 'first']} token (Twilio error 20107).`
            : '';
  const rest =
    uncheckable.length === 2
      ? 'Neither token’s signature can be checked with a secret.'
      : uncheckable.length === 1
        ? `The ${WHICH[uncheckable[0] ?? 'first']} token’s signature cannot be checked with a secret.`
        : '';
  const text = [main, rest].filter((part) => part !== '').join(' ');
  return text === '' ? undefined : text;
}
