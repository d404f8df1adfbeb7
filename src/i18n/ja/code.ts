import type { CodeWords } from '../en/code.ts';
import { routes } from './pieces/routes.ts';
import { codeStatus } from './pieces/codeStatus.ts';

/** The Code tab's words in Japanese. Loaded with the tab. */
export const code: CodeWords = {
  title: 'このトークンを作るサーバーコード',
  intro:
    '同じトークンを、Twilio 公式のヘルパーライブラリを使ってご自身のサーバーで作成します。プログラムは認証情報を環境変数 TWILIO_ACCOUNT_SID、TWILIO_API_KEY、TWILIO_API_SECRET から読み込むため、シークレットがコードに書かれることはありません。',
  languages: '言語',
  install: 'インストール',
  file: (name: string) => `${name} として保存`,
  copy: (language: string) => `${language} のコードをコピー`,
  copyInstall: (language: string) => `${language} のインストールコマンドをコピー`,
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。コードを選択して手動でコピーしてください。',
  comments: {
    credentials:
      '認証情報は環境変数から読み込みます。API キーシークレットをコードに書かずに済みます。',
    hs256Only:
      'このライブラリは HS256 でしか署名できないため、ページで選んだアルゴリズムは使われません。',
    goShortTtl:
      'twilio-go は 1 時間未満の TTL を 3600 秒に引き上げるため、有効期限の時刻を直接設定します。',
  },
  routes,
  status: codeStatus,
};
