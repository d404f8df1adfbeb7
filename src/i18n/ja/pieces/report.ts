import type { TokenTimes } from '../../../token/tokenTimes.ts';
import type { ReportPieceWords } from '../../en/pieces/report.ts';
import { formatDuration } from '../decoded.ts';

/** 「レポートをコピー」の日本語。 */
export const report: ReportPieceWords = {
  copy: 'レポートをコピー',
  shortenSids: 'SID を短縮',
  maskIdentity: 'ID を伏せる',
  hint: 'サポートへの問い合わせや GitHub の issue に貼れる Markdown です。デコードしたトークンと診断結果を含み、署名やシークレットは含みません。',
  copied: 'コピーしました',
  copyFailed: 'レポートをコピーできませんでした。',
  title: 'Twilio アクセストークンのレポート',
  intro: ({ shortenSids, maskIdentity, at }) =>
    `Access Token Lab で ${at} に作成しました。署名とシークレットは含みません${
      shortenSids ? '。SID は短縮しています' : ''
    }${maskIdentity ? '。ID は伏せています' : ''}。`,
  header: 'ヘッダー',
  payload: 'ペイロード',
  diagnosis: '診断',
  noProblems: '内容に問題は見つかりませんでした。',
  lifetime: '有効期間',
  madeBy: '作成したライブラリ',
  maskedIdentity: '[ID は伏せています]',
  describeTimes({ lifetime, status }: TokenTimes): string {
    const lives = !lifetime
      ? '有効期間はわかりません（数値の exp と、iat または nbf が必要です）。'
      : lifetime.seconds <= 0
        ? `exp が ${lifetime.from} より ${formatDuration(lifetime.seconds)} 前のため、有効になることはありません。`
        : `有効期間は ${formatDuration(lifetime.seconds)}（exp − ${lifetime.from}）です。`;
    switch (status.state) {
      case 'valid':
        return `${lives}残り ${formatDuration(status.secondsLeft)} 有効です。`;
      case 'expired':
        return `${lives}${formatDuration(status.secondsAgo)} 前に期限切れになりました。`;
      case 'notYetValid':
        return `${lives}有効になるまであと ${formatDuration(status.secondsAhead)} です。`;
      case 'noExpiry':
        return `${lives}使える exp がないため、Twilio は受け付けません。`;
    }
  },
};
