import type { ComparedPart, TimeStatus } from '../../token/compare/index.ts';
import type { CompareWords } from '../en/compare.ts';
import { groupDigits } from '../formatNumber.ts';
import {
  describeConsequence,
  describeMeaning,
  lifetimeText,
  span,
  validFromText,
} from './pieces/compareDifferences.ts';
import { signedByText } from './pieces/signedBy.ts';

const PARTS: Readonly<Record<ComparedPart, string>> = { header: 'ヘッダー', payload: 'ペイロード' };

const parts = (list: readonly ComparedPart[]) => list.map((part) => PARTS[part]).join('と');

function status(state: TimeStatus): string {
  switch (state.state) {
    case 'valid':
      return `有効（あと ${span(state.secondsLeft)}で期限切れ）`;
    case 'expired':
      return `${span(state.secondsAgo)}前に期限切れ`;
    case 'notYetValid':
      return `まだ有効ではない（あと ${span(state.secondsAhead)}）`;
    case 'noExpiry':
      return '有効にならない（exp なし）';
  }
}

/** The Compare tab's words in Japanese. Loaded with the tab. */
export const compare: CompareWords = {
  title: '2 つのアクセストークンを比較',
  intro:
    '一方のトークンは動作し、もう一方は失敗する場合は、両方を貼り付けてください。異なる項目と、その違いがもたらす影響をすべて表示します。トークンはこのページの中で読み取られ、どこにも送信されません。引用符、「Bearer 」プレフィックス、改行は自動で取り除かれます。',
  tokenLabel: { first: '1 つ目のトークン', second: '2 つ目のトークン' },
  tokenPlaceholder: 'eyJhbGciOiJIUzI1NiIs…',
  diagnosisLabel: { first: '1 つ目のトークンの診断', second: '2 つ目のトークンの診断' },
  secretLabel: 'API キーシークレット',
  secretDescription:
    '任意：両方の署名を確認し、どちらのトークンがこのシークレットで署名されたかを調べます。このページの外には出ません。',
  revealSecret: 'API キーシークレットを表示',
  comparison: '比較結果',
  incomplete: 'それぞれの欄にトークンを貼り付けてください。入力に合わせて比較結果が表示されます。',
  identical:
    '2 つのトークンは同一です。引用符、「Bearer 」、改行を取り除くと、バイト列が完全に一致します。',
  unreadable: (sides) =>
    sides.length === 2
      ? 'どちらのトークンも JWT として読み取れないため、比較できません。理由はそれぞれの診断を確認してください。'
      : `${sides[0] === 'second' ? '2 つ目' : '1 つ目'}のトークンを JWT として読み取れないため、比較できません。理由は診断を確認してください。`,
  signatureOnly:
    'ヘッダーとペイロードは同じで、署名だけが異なります。別のシークレットまたは別のアルゴリズムで署名されています。',
  askSecret:
    'API キーシークレットを入力すると、どちらのトークンがそのシークレットで署名されたかがわかります。',
  signedBy: signedByText,
  sameContent:
    'ヘッダーの項目とクレームは同じですが、書き方（キーの順序、空白、エスケープ）が異なるため、署名も異なります。Twilio はどちらも同じように読み取ります。',
  different: (total) =>
    total === 0
      ? 'このページが読み取れる範囲では、異なる項目はありません。'
      : `2 つのトークンは ${groupDigits(total)} 個の項目が異なります。`,
  rewritten: (list) =>
    `それ以外に、${parts(list)}は同じ内容を別の書き方（キーの順序や空白）で記述しています。Twilio はどちらも同じように読み取ります。`,
  beyondDepth: (list) =>
    `このページが読み取れる深さを超えた部分で、${parts(list)}が異なっています。`,
  differences: '相違点',
  moreDifferences: (shown, total) =>
    `ほかに ${groupDigits(total - shown)} 個の相違点がありますが、ここには表示していません。`,
  absent: 'なし',
  inHeader: (meaning) => `${meaning}（ヘッダー）`,
  times: '時刻',
  time: '項目',
  issued: '発行日時（iat）',
  validFrom: '有効開始',
  expires: '有効期限（exp）',
  lifetime: '有効期間',
  now: '現在',
  notWritten: '記載なし',
  validFromText,
  validFromNbf: '記載された有効開始時刻から有効',
  neitherIssued:
    'どちらのトークンにも発行日時（iat）がありません（twilio-python は書き込みません）。そのため、それぞれ nbf の時刻から有効です。',
  lifetimeText,
  status,
  describeMeaning,
  describeConsequence,
  viewFailedTitle: '比較結果を表示できません',
  viewFailedBody:
    'トークンの内容が原因で、比較結果を表示できませんでした。ページのほかの部分はそのまま使えます。データはどこにも送信されていません。トークンを消去するか、別のトークンを貼り付けてください。',
  clearTokens: '両方のトークンを消去',
};
