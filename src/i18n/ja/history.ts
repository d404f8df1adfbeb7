import type { HistoryWords } from '../en/history.ts';

export const history: HistoryWords = {
  title: '最近のトークン',
  intro: 'このタブで生成したトークンです。メモリ上にだけ保持され、再読み込みすると消えます。',
  status: { valid: '有効', expired: '期限切れ', notYetValid: 'まだ有効ではありません' },
  remaining: (duration) => `残り ${duration}`,
  ago: (duration) => `${duration}前`,
  madeAt: (time) => `${time} に生成`,
  copy: 'コピー',
  copyLabel: (identity, time) => `${time} に生成した ${identity} のトークンをコピー`,
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした',
  inspect: '検査',
  inspectLabel: (identity, time) => `${time} に生成した ${identity} のトークンを検査`,
};
