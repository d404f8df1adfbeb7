import type { CodeStatusWords } from '../../en/pieces/codeStatus.ts';

/** 「コード」タブがコードの横で伝えること（日本語）。 */
export const codeStatus: CodeStatusWords = {
  placeholdersTitle: 'コードに仮の値が入っています',
  placeholdersIntro: '「生成」タブで次の項目を入力または修正すると、コードに反映されます：',
  emptyField: (label) => `${label}：未入力`,
  invalidField: (label) => `${label}：要修正`,
  fieldList: '入力が必要な項目',
  stale:
    'このコードは「生成」タブのトークンと一致しなくなりました。そのトークンを生成した後にフォームが変更されています。',
};
