import type { Side, SignedBy } from '../../../token/compare/index.ts';

const WHICH: Readonly<Record<Side, string>> = { first: '1 つ目', second: '2 つ目' };

/** 比較結果の、API キーシークレットがどちらのトークンに署名したかの一文（en/pieces/signedBy.ts の訳）。 */
export function signedByText(result: SignedBy): string | undefined {
  if (result.kind !== 'checked') return undefined;
  const { signed, notSigned, uncheckable } = result;
  const main =
    signed.length === 2
      ? 'API キーシークレットは両方のトークンに署名しています。'
      : signed.length === 1
        ? `API キーシークレットは${WHICH[signed[0] ?? 'first']}のトークンに署名しています${notSigned.length === 1 ? `。${WHICH[notSigned[0] ?? 'second']}のトークンには署名していません（Twilio エラー 20107）` : ''}。`
        : notSigned.length === 2
          ? 'API キーシークレットはどちらのトークンにも署名していません（どちらも Twilio エラー 20107）。'
          : notSigned.length === 1
            ? `API キーシークレットは${WHICH[notSigned[0] ?? 'first']}のトークンに署名していません（Twilio エラー 20107）。`
            : '';
  const rest =
    uncheckable.length === 2
      ? 'どちらのトークンの署名もシークレットでは確認できません。'
      : uncheckable.length === 1
        ? `${WHICH[uncheckable[0] ?? 'first']}のトークンの署名はシークレットでは確認できません。`
        : '';
  return main + rest === '' ? undefined : main + rest;
}
