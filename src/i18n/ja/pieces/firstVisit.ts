import type { DurationParts } from '../../durationParts.ts';
import type { FirstVisitWords } from '../../en/pieces/firstVisit.ts';

const unit = (count: number, name: string) => (count === 0 ? '' : `${String(count)}${name}`);

export const firstVisit: FirstVisitWords = {
  stillNeeded: '未入力・要修正：',
  ready: '準備完了：必須項目はすべて入力されています。',
  preview: {
    title: 'トークンに入る内容',
    intro:
      '入力に合わせてフォームから表示します。「アクセストークンを生成」を押すまで署名はされません。',
    header: 'ヘッダー',
    payload: 'ペイロード',
    notYet: '未入力',
    noGrant: '付与がまだオンになっていません',
    grantList: (names: readonly string[]) => names.join('、'),
    validFor: '有効期間',
    ttlUnread: 'まだ読み取れません（秒数、または 4h・90m のような長さ）',
    expiresAfter: (duration: string) => `署名から${duration}`,
    duration: ({ hours, minutes, seconds }: DurationParts) =>
      [unit(hours, '時間'), unit(minutes, '分'), unit(seconds, '秒')].join(''),
    videoSession: (lifetime: string) =>
      `${lifetime}。Video ルームの既定の最長セッションと同じ長さなので、参加者が再接続できます`,
    signedAt: 'ボタンを押したときに決まります：iat（発行時刻）、exp（iat + TTL）、jti。',
  },
  warning: '警告',
  twilioError: (code: number) => `Twilio エラー ${String(code)}`,
};
