import { SNIPPET_COMMENTS_JA } from '../../features/snippets/comments.ts';
import type { CodeWords } from '../en/code.ts';

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
  comments: SNIPPET_COMMENTS_JA,
  fixForm: (fields) =>
    `コードはフォームの内容から作られますが、次の項目に問題があります：${fields.join('、')}。「生成」タブで修正すると、コードが表示されます。`,
};
