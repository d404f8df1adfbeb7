import type { SetupWords } from '../en/setup.ts';

export const setup: SetupWords = {
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
};
