import { MAX_TTL_SECONDS, TWILIO_SECRET_LENGTH } from '../token/validation/rules.ts';
import type { Messages } from './en.ts';

// Japanese, in the wording of Twilio's Japanese docs: アクセストークン, アイデンティティ, 付与 (grant),
// API キーシークレット. Product names (Video, Voice, Twilio Console…) stay in Latin script, and a
// half-width space separates Latin words and numbers from Japanese text, as those docs do.

const FIELD_LABELS: Messages['generate']['labels'] = {
  accountSid: 'アカウント SID',
  apiKeySid: 'API キー SID',
  apiKeySecret: 'API キーシークレット',
  identity: 'アイデンティティ',
  ttl: 'TTL（秒）',
  nbf: '有効開始時刻（nbf）',
  region: 'リージョン',
  algorithm: 'アルゴリズム',
  grants: '付与',
  'grants.video.room': 'ルーム名',
  'grants.voice.outgoingApplicationSid': '発信用アプリケーション SID',
  'grants.voice.outgoingApplicationParams': '発信用アプリケーションのパラメーター',
  'grants.voice.pushCredentialSid': 'プッシュクレデンシャル SID',
  'grants.voice.endpointId': 'エンドポイント ID',
  'grants.chat.serviceSid': 'サービス SID',
  'grants.chat.endpointId': 'エンドポイント ID',
  'grants.chat.deploymentRoleSid': 'デプロイメントロール SID',
  'grants.chat.pushCredentialSid': 'プッシュクレデンシャル SID',
  'grants.sync.serviceSid': 'サービス SID',
  'grants.sync.endpointId': 'エンドポイント ID',
  'grants.taskRouter.workspaceSid': 'ワークスペース SID',
  'grants.taskRouter.workerSid': 'ワーカー SID',
  'grants.taskRouter.role': 'ロール',
  'grants.playback.grant': 'Playback の付与（JSON）',
};

/** Japanese: the same keys as `en`, which the `Messages` type checks. Loaded on demand. */
export const ja: Messages = {
  locale: 'ja-JP',
  app: {
    name: 'Access Token Lab',
    tagline: 'Twilio のアクセストークンをブラウザーで作成・解説',
    privacy:
      'トークンはこのページの中で、ブラウザーの WebCrypto を使って署名されます。API キーシークレットがページの外に出ることはありません。どこにも送信されず、保存されず、URL にも含まれません。',
    privacyBadge: 'ローカルで署名',
    preferences: '設定',
    language: '言語',
    languageUnavailable: (language) =>
      `${language} を読み込めませんでした（一度も使わないままオフラインになった可能性があります）。オンラインで再度お試しください。`,
    colorScheme: '配色',
    colorSchemes: { auto: 'システム', light: 'ライト', dark: 'ダーク' },
  },
  tabs: { generate: '生成', inspect: '検査', code: 'コード' },
  generate: {
    title: 'アクセストークンを生成',
    intro:
      'Twilio Video、Voice、Conversations、Sync、TaskRouter でのプロトタイピングに。API キーとアイデンティティを入力して付与を選び、生成したトークンをクライアントアプリに貼り付けてください。',
    credentials: '認証情報',
    token: 'トークン',
    labels: FIELD_LABELS,
    descriptions: {
      accountSid: 'AC で始まります。Twilio Console のホームページに表示されています。',
      apiKeySid: 'SK で始まります。Account › API keys & tokens で作成できます。',
      apiKeySecret: 'API キーの作成時に一度だけ表示されます。',
      identity: 'トークンの利用者：ユーザー名または ID（最大 128 文字）。',
      ttl: `トークンの有効期間：1〜${MAX_TTL_SECONDS.toLocaleString('ja-JP')} 秒。`,
      nbf: '任意：この時刻（Unix 時間、秒）より前は、Twilio がトークンを拒否します。',
      region:
        '任意：API キーのリージョン（us1、ie1、au1…）。ヘッダーに twr として書き込まれます。Video には US1 のキーが必要です。',
      algorithm:
        '特に理由がなければ HS256 を使ってください。Twilio のドキュメントでは HS256 が必須です。',
      grants: '',
      'grants.video.room':
        '任意：ルームの一意の名前、またはその SID（RM…）。空欄の場合はどのルームにも参加できます。',
    },
    placeholders: {
      accountSid: 'AC…',
      apiKeySid: 'SK…',
      apiKeySecret: '32 文字',
      identity: 'alice',
      ttl: '3600',
      nbf: '1767225600',
      region: 'us1',
      algorithm: '',
      grants: '',
      'grants.video.room': 'daily-standup',
    },
    grantsTitle: '付与',
    grantsIntro: 'トークンで許可する内容です。1 つ以上オンにしてください。',
    grantNames: {
      video: 'Video',
      voice: 'Voice',
      chat: 'Chat',
      sync: 'Sync',
      taskRouter: 'TaskRouter',
      playback: 'Playback',
    },
    grantGroup: (name: string) => `${name} の付与`,
    grantHints: {
      video: 'Video のルームに参加します。',
      voice: 'Voice SDK で通話を発信・着信します。',
      chat: 'Conversations と Chat。',
      sync: 'Sync のドキュメント、リスト、マップ。',
      taskRouter: 'TaskRouter と Flex のワーカー。',
      playback: 'Twilio Live のプレーヤー。',
    },
    allowIncoming: '着信を許可',
    presetsTitle: 'プリセット',
    presets: {
      video: 'Video ルーム',
      voice: 'Voice 通話',
      conversations: 'Conversations',
      sync: 'Sync',
      taskRouter: 'Flex/TaskRouter ワーカー',
    },
    presetApplied: (name: string) =>
      `プリセット「${name}」を適用し、対応する付与をオンにしました。下の欄に SID を入力してください。`,
    options: 'オプション',
    now: '現在',
    setNbfToNow: '有効開始時刻を現在に設定',
    regionNames: {
      us1: '米国（US1）',
      ie1: 'アイルランド（IE1）',
      au1: 'オーストラリア（AU1）',
    },
    algorithmWarning:
      'Twilio のドキュメントでは HS256 が必須です。SDK が HS384 や HS512 のトークンを拒否する場合があります。',
    regionVideoNote:
      'Video は US1 の API キーでのみ動作します。Video を使う場合は、リージョンを空欄にするか us1 を指定してください。',
    revealSecret: 'API キーシークレットを表示',
    secretLengthWarning: (length: number) =>
      `Twilio の API キーシークレットは ${TWILIO_SECRET_LENGTH} 文字ですが、入力された値は ${length} 文字です。すべてコピーされているか確認してください。`,
    ttlVideoHint:
      'Video のドキュメントでは長い間、トークンの有効期間を 4 時間（14,400 秒）以下にすることが推奨されていました。24 時間までは長くできます。',
    submit: 'アクセストークンを生成',
    shortcut: 'どの入力欄でも Ctrl+Enter（Mac では ⌘+Enter）で生成できます。',
    generating: '署名中…',
    loading: '読み込み中…',
    unexpectedFailure: (detail: string) => `トークンに署名できませんでした：${detail}`,
  },
  setup: {
    title: '入力内容の保存と共有',
    remember: 'このブラウザーに保存',
    rememberHint:
      'このフォームの内容（API キーシークレットは除く）をブラウザーのストレージに保存し、次回もそのまま使えるようにします。',
    clear: 'クリア',
    clearHint: 'フォームを空にし、このブラウザーに保存した内容を削除します。',
    cleared: 'フォームをクリアしました。このブラウザーには何も保存されていません。',
    copyShareLink: '共有リンクをコピー',
    shareLinkHint:
      'ほかの人のためにこのフォームを入力済みにするリンクです。SID、アイデンティティ、付与、オプションが含まれます。API キーシークレットは含まれません。',
    copied: 'リンクをコピーしました',
    copyFailed: 'リンクをコピーできませんでした。',
    fromLink:
      '共有リンクの内容をフォームに入力しました。生成するには API キーシークレットを入力してください。',
    badLink: '共有リンクを読み取れなかったため、無視しました。フォームの内容は変更していません。',
  },
  result: {
    title: '生成したアクセストークン',
    empty: 'フォームに入力して「アクセストークンを生成」を押すと、ここにトークンが表示されます。',
    tokenLabel: 'アクセストークン',
    copy: 'アクセストークンをコピー',
    inspect: 'このトークンを検査',
    announce: (identity: string) =>
      `${identity} のアクセストークンを生成しました。トークンにフォーカスを移しました。`,
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。トークンを選択して手動でコピーしてください。',
    parts: { header: 'ヘッダー', payload: 'ペイロード', signature: '署名' },
  },
  errors: {
    boundaryTitle: '問題が発生しました',
    boundaryBody:
      'ページで予期しないエラーが発生しました。データはどこにも送信されていません。再読み込みしてやり直してください。問題を報告する際は、下の詳細情報が役に立ちます。',
    reload: '再読み込み',
  },
};
