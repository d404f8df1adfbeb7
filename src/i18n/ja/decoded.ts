import type { DecodedWords } from '../en/decoded.ts';
import { groupDigits } from '../formatNumber.ts';

/** A duration as people say it: 45 秒, 3 分, 2 時間 5 分, 3 日. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${groupDigits(Math.floor(hours / 24))} 日`;
  const rest = minutes % 60;
  return rest === 0 ? `${hours} 時間` : `${hours} 時間 ${rest} 分`;
}

export const decoded: DecodedWords = {
  title: 'デコードしたトークン',
  header: 'ヘッダー',
  payload: 'ペイロード',
  claims: 'クレームと付与',
  claim: 'クレーム',
  value: '値',
  meaning: '意味',
  local: 'ローカル',
  utc: 'UTC',
  expiresIn: (duration: string) => `あと ${duration}で期限切れ`,
  expiredAgo: (duration: string) => `${duration}前に期限切れ`,
  formatDuration,
  moreRows: (count: number) =>
    `ほかに ${groupDigits(count)} 件のクレームがあり、ここには表示していません。上の JSON にはすべて表示されています。`,
  shortVideoToken: (lifetime: string, recommended: string) =>
    `この Video トークンの有効期間は ${lifetime}で、最長セッション（既定では ${recommended}）より短くなっています。Twilio は、ネットワークが切り替わったときに参加者が再接続できるよう、TTL を最長セッションと同じ長さにすることを推奨しています。このトークンでは再接続できない場合があります。`,
  failedTitle: 'デコードしたトークンを表示できません',
  failedBody:
    'このトークンの内容が原因で、デコード結果を表示できませんでした。ページのほかの部分はそのまま使えます。データはどこにも送信されていません。',
};
