import { MAX_TOKEN_LENGTH } from '../../token/diagnose/limits.ts';
import type { NoticeWords } from '../en/notices.ts';
import { groupDigits } from '../formatNumber.ts';

export const notices: NoticeWords = {
  setupFromLink:
    '共有リンクの内容をフォームに入力しました。生成するには API キーシークレットを入力してください。',
  setupLinkUnreadable:
    '共有リンクを読み取れなかったため、無視しました。フォームの内容は変更していません。',
  setupLinkConflict:
    'このページは共有リンクから開かれましたが、このブラウザーにはご自身の入力内容が保存されています。フォームには保存済みの内容を表示しています。リンクの内容に置き換えますか？',
  useLinkedSetup: 'リンクの内容を使う',
  keepRememberedSetup: '保存済みの内容のままにする',
  tokenLinkTooLarge: `トークンへのリンクがトークンとしては長すぎるため（${groupDigits(MAX_TOKEN_LENGTH)} 文字超）、無視しました。`,
  tokenLinkUnreadable:
    'トークンへのリンクを読み取れなかったため（途中で切れている、改変されている、またはトークンではない）、無視しました。リンクをもう一度もらうか、トークンを「検査」に貼り付けてください。',
  formFromToken:
    'トークンの内容をフォームに入力しました。トークンにシークレットは含まれません。新しい時刻で生成し直すには API キーシークレットを入力してください。',
  dismiss: '閉じる',
};
