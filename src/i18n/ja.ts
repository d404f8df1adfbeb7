import { MAX_TTL_SECONDS, VIDEO_RECOMMENDED_MAX_TTL_SECONDS } from '../token/validation/rules.ts';
import type { Messages } from './en.ts';
import { groupDigits } from './formatNumber.ts';
import { firstVisit } from './ja/pieces/firstVisit.ts';
import { grants } from './ja/pieces/grants.ts';
import { timeInput } from './ja/pieces/timeInput.ts';
import { tokenParts } from './ja/pieces/tokenParts.ts';

// Japanese, in the wording of Twilio's Japanese docs: アクセストークン, アイデンティティ, 付与 (grant),
// API キーシークレット. Product names (Video, Voice, Twilio Console…) stay in Latin script, and a
// half-width space separates Latin words and numbers from Japanese text, as those docs do.

const fields: Messages['fields'] = {
  accountSid: {
    label: 'アカウント SID',
    description: 'AC で始まります。Twilio Console のホームページに表示されています。',
    placeholder: 'AC…',
  },
  apiKeySid: {
    label: 'API キー SID',
    description: 'SK で始まります。Account › API keys & tokens で作成できます。',
    placeholder: 'SK…',
  },
  apiKeySecret: {
    label: 'API キーシークレット',
    description: 'API キーの作成時に一度だけ表示されます。',
    placeholder: '32 文字',
  },
  identity: {
    label: 'アイデンティティ',
    description:
      'トークンの利用者：ユーザー名または ID。Video は最大 128 文字、Voice、Conversations、Sync は最大 256 文字です。',
    placeholder: 'alice',
  },
  ttl: {
    label: 'TTL（秒）',
    description: `トークンの有効期間：1〜${groupDigits(MAX_TTL_SECONDS)} 秒、または 4h、90m、1h30m のような書き方。Video では、ネットワークが切り替わっても参加者が再接続できるよう、最長セッション（既定では ${groupDigits(VIDEO_RECOMMENDED_MAX_TTL_SECONDS)} 秒）と同じ長さにします。`,
    placeholder: '3600',
  },
  nbf: {
    label: '有効開始時刻（nbf）',
    description:
      '任意：この時刻より前は、Twilio がトークンを拒否します。Unix 時間（秒）、オフセット付きの日時（2026-12-02T17:10:00Z）、または今からの時間（+10m）で入力します。',
    placeholder: '1767225600',
  },
  region: {
    label: 'リージョン',
    description:
      '任意：API キーのリージョン（us1、ie1、au1…）。ヘッダーに twr として書き込まれます。Video には US1 のキーが必要です。',
    placeholder: 'us1',
  },
  algorithm: {
    label: 'アルゴリズム',
    description:
      '特に理由がなければ HS256 を使ってください。Twilio のドキュメントでは HS256 が必須です。',
  },
  grants: { label: '付与' },
};

/** Japanese: the same keys as `en`, which the `Messages` type checks. Loaded before the first render. */
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
    loading: '読み込み中…',
    updateReady:
      '新しいバージョンの準備ができました。「このブラウザーに保存」がオフの場合、再読み込みするとフォームは空になります。',
    reloadToUpdate: '再読み込みして更新',
  },
  tabs: { generate: '生成', inspect: '検査', compare: '比較', code: 'コード' },
  fields,
  timeInput,
  grants,
  token: tokenParts,
  firstVisit,
  generate: {
    title: 'アクセストークンを生成',
    intro:
      'Twilio Video、Voice、Conversations、Sync、TaskRouter でのプロトタイピングに。API キーとアイデンティティを入力して付与を選び、生成したトークンをクライアントアプリに貼り付けてください。',
    credentials: '認証情報',
    token: 'トークン',
    grantsIntro: 'トークンで許可する内容です。1 つ以上オンにしてください。',
    grantGroup: (name: string) => `${name} の付与`,
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
    revealSecret: 'API キーシークレットを表示',
    submit: 'アクセストークンを生成',
    shortcut: 'どの入力欄でも Ctrl+Enter（Mac では ⌘+Enter）で生成できます。',
    unexpectedFailure: (detail: string) => `トークンに署名できませんでした：${detail}`,
  },
  result: {
    title: '生成したアクセストークン',
    empty: 'フォームに入力して「アクセストークンを生成」を押すと、ここにトークンが表示されます。',
    tokenLabel: 'アクセストークン',
    copy: 'アクセストークンをコピー',
    inspect: 'このトークンを検査',
    compare: 'ほかのトークンと比較…',
    announce: (identity: string) =>
      `${identity} のアクセストークンを生成しました。トークンにフォーカスを移しました。`,
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。トークンを選択して手動でコピーしてください。',
    stale: 'このトークンを生成した後に、フォームの内容が変更されました。',
  },
  errors: {
    boundaryTitle: '問題が発生しました',
    boundaryBody:
      'ページで予期しないエラーが発生しました。データはどこにも送信されていません。再読み込みしてやり直してください。問題を報告する際は、下の詳細情報が役に立ちます。',
    reload: '再読み込み',
  },
};
