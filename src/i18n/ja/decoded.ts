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

const DEVICE_ENDPOINT_ID =
  'エンドポイント ID：同じアイデンティティを持つほかのデバイスとこのデバイスを区別します。';

const explain: DecodedWords['explain'] = {
  alg: ({ text }) =>
    `署名アルゴリズム：${text}。ヘッダーとペイロードに対する、API キーシークレットを鍵とした HMAC です。`,
  typ: () => 'トークンの種類：JSON Web Token（JWT）です。',
  cty: () =>
    'この JWT が Twilio のアクセストークンであることを示すコンテンツタイプです（「first-party auth」のバージョン 1）。',
  twr: ({ text }) =>
    `API キーの Twilio リージョン：${text}。Twilio はトークンをこのリージョンにルーティングします。`,
  jti: () => '一意のトークン ID：API キー SID、ハイフン、発行時刻をつなげたものです。',
  iss: () => '発行者：このトークンに署名したシークレットの API キー SID です。',
  sub: () => 'サブジェクト：このトークンでアクセスできるアカウントのアカウント SID です。',
  iat: () => '発行日時：トークンが作成された時刻です。',
  exp: () => '有効期限：この時刻を過ぎると、Twilio はトークンを拒否します（エラー 20104）。',
  nbf: () => '有効開始時刻：この時刻になるまで、Twilio はトークンを拒否します（エラー 20105）。',
  identity: () =>
    'アイデンティティ：クライアントとして振る舞うユーザーです。ほかの参加者にも表示されます。',
  video: ({ namesRoom }) =>
    namesRoom
      ? 'Video の付与：トークンの保持者は Twilio Video に接続できます。'
      : 'Video の付与：トークンの保持者は、アカウントのどの Video ルームにも接続できます。',
  'video.room': ({ text }) => `このトークンで参加できるのは、ルーム「${text}」だけです。`,
  voice: () => 'Voice の付与：トークンの保持者は Voice SDK を使用できます。',
  'voice.incoming': () => 'このアイデンティティへの着信が、このクライアントで鳴ります。',
  'voice.outgoing.application_sid': ({ text }) =>
    `発信時には TwiML App ${text} が実行され、Twilio がその Voice URL にリクエストします。`,
  'voice.outgoing.params': () => '発信のたびに TwiML App の Voice URL へ送信されます。',
  'voice.push_credential_sid': () =>
    'このデバイスに着信を通知するためのプッシュクレデンシャルです。',
  'voice.endpoint_id': () => DEVICE_ENDPOINT_ID,
  chat: () =>
    'Chat の付与：トークンの保持者は Conversations（および Programmable Chat）を使用できます。',
  'chat.service_sid': ({ text }) => `Conversations または Chat のサービス ${text} です。`,
  'chat.endpoint_id': () => DEVICE_ENDPOINT_ID,
  'chat.deployment_role_sid': () => 'サービス内でユーザーに与えられるロールです。',
  'chat.push_credential_sid': () => 'このデバイスへの通知に使うプッシュクレデンシャルです。',
  data_sync: () =>
    'Sync の付与：トークンの保持者は Sync のドキュメント、リスト、マップ、ストリームを読み書きできます。',
  'data_sync.service_sid': ({ text }) => `Sync サービス ${text} です。`,
  'data_sync.endpoint_id': () => DEVICE_ENDPOINT_ID,
  task_router: () =>
    'TaskRouter の付与：トークンの保持者は TaskRouter のワークスペースで操作できます（Flex が使用します）。',
  'task_router.workspace_sid': ({ text }) => `TaskRouter ワークスペース ${text} です。`,
  'task_router.worker_sid': ({ text }) => `クライアントはワーカー ${text} として動作します。`,
  'task_router.role': ({ text }) => `ワークスペースでのロール：${text}。`,
  player: () =>
    'Playback の付与：Twilio Live のプレーヤーがストリームに参加できます。内容は Twilio の API から取得したものです。',
  ip_messaging: () =>
    '旧式の IP Messaging の付与：Chat の付与に置き換えられており、現在の SDK では無視されます。',
  rtc: () => '旧式の RTC の付与（Conversations ベータ版）：現在の SDK では無視されます。',
  unknown: () => 'このアプリが認識しないクレームです。',
};

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
  explain,
};
