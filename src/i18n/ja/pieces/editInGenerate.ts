import type { LeftBehind } from '../../../token/formFromToken.ts';
import type { EditInGenerateWords } from '../../en/pieces/editInGenerate.ts';

/** 「生成画面で編集」の日本語。 */
export const editInGenerate: EditInGenerateWords = {
  button: '生成画面で編集',
  anyway: 'このまま生成画面で編集',
  cancel: 'キャンセル',
  leftBehindTitle: 'このトークンの一部はフォームに入りません',
  leftBehindIntro:
    '次の項目は、フォームから作るトークンには含まれません。必要な場合はご自身のコードで追加してください：',
  describe(item: LeftBehind): string {
    switch (item.kind) {
      case 'field':
        return item.part === 'header'
          ? `ヘッダーのフィールド「${item.path}」`
          : `クレーム「${item.path}」`;
      case 'grant':
        return item.replacedBy
          ? `グラント「${item.key}」（「${item.replacedBy}」の古い名前です。必要ならフォームでそのグラントをオンにしてください）`
          : `グラント「${item.key}」（フォームに該当する欄がありません）`;
      case 'option':
        return `「${item.path}」（フォームに該当する欄がありません）`;
      case 'rewritten':
        return `ヘッダーのフィールド「${item.path}」（フォームは独自の値を書き出します）`;
      case 'lifetime':
        return '有効期間（exp がないか、iat と nbf のどちらもないため、フォームの TTL のままになります）';
    }
  },
};
