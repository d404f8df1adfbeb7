import type { InspectWords } from '../en/inspect.ts';
import { describeFinding } from './pieces/findings.ts';
import { editInGenerate } from './pieces/editInGenerate.ts';
import { madeBy } from './pieces/madeBy.ts';
import { report } from './pieces/report.ts';
import { paste } from './pieces/paste.ts';

/** The inspector's words in Japanese. Loaded with the Inspect tab. */
export const inspect: InspectWords = {
  title: 'アクセストークンを検査',
  intro:
    'アプリやサーバー、ログから取得したトークンを貼り付けてください。トークンはこのページの中で読み取られ、どこにも送信されません。引用符、「Bearer 」プレフィックス、改行は自動で取り除かれます。',
  tokenLabel: '検査するトークン',
  tokenPlaceholder: 'eyJhbGciOiJIUzI1NiIs…',
  secretLabel: 'API キーシークレット',
  secretDescription: '任意：署名の確認に使います。このページの外には出ません。',
  revealSecret: 'API キーシークレットを表示',
  partsLabel: 'トークンの各部',
  diagnosis: '診断',
  severity: { error: 'エラー', warning: '警告', note: '情報' },
  ok: 'OK',
  twilioError: (code: number) => `Twilio エラー ${code}`,
  errorLink: (code: number) => `Twilio のエラー ${code} のページ`,
  noProblems: '問題は見つかりませんでした。内容を見る限り、Twilio はこのトークンを受け付けます。',
  signatureVerified: '署名を検証しました',
  signatureUnchecked:
    '署名を確認するには API キーシークレットを入力してください（一致しない場合はエラー 20107 になります）。',
  signatureUnsupported: '署名を確認できません。Twilio のトークンは HMAC（HS256）で署名されます。',
  empty: '上の欄にトークンを貼り付けてください。入力に合わせて診断結果が表示されます。',
  shareTitle: '共有',
  copyShareLink: 'このトークンへのリンクをコピー',
  compareWith: 'ほかのトークンと比較…',
  shareWarning:
    'リンクには # の後ろにトークンが含まれます（シークレットは含まれません）。# 以降はブラウザーからサーバーへ送信されません。ただしトークンは有効期限まで認証情報として使えるため、信頼できる相手とだけ共有してください。',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。アドレスを選択して手動でコピーしてください。',
  viewFailedTitle: 'このトークンは検査画面に表示できません',
  viewFailedBody:
    'トークンの内容が原因で、検査画面を表示できませんでした。ページのほかの部分はそのまま使えます。データはどこにも送信されていません。トークンを消去するか、別のトークンを貼り付けてください。',
  clearToken: 'トークンを消去',
  describeFinding,
  madeBy,
  editInGenerate,
  report,
  paste,
};
