import type { SidPrefix } from '../../../token/sid.ts';

/**
 * Each kind of SID by name, as it reads inside a Japanese sentence. Product and Console names stay
 * in Latin script where Japanese developers meet them that way (TwiML App, Conversation, Verify).
 */
export const sidNames: Readonly<Record<SidPrefix, string>> = {
  AC: 'アカウント SID',
  SK: 'API キー SID',
  RM: 'ルーム SID',
  AP: 'TwiML App SID',
  CR: 'プッシュクレデンシャル SID',
  IS: 'サービス SID',
  RL: 'ロール SID',
  WS: 'ワークスペース SID',
  WK: 'ワーカー SID',
  PN: '電話番号 SID',
  CA: '通話 SID',
  SM: 'メッセージ SID',
  MG: 'メッセージングサービス SID',
  CH: 'Conversation SID',
  US: 'ユーザー SID',
  MB: 'メンバー SID',
  VA: 'Verify サービス SID',
};
