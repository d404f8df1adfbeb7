import type { GrantFieldMessages } from './grantFieldsEn.ts';

// Descriptions and placeholders of the grant fields other than Video's, in Japanese. They load
// with the grant fieldsets. Placeholders are sample values, the same in every language.

const ENDPOINT_ID = '任意：同じアイデンティティを共有するデバイスを区別します。';

export const grantFieldsJa: GrantFieldMessages = {
  descriptions: {
    'grants.voice.outgoingApplicationSid':
      'TwiML App SID（AP…）。その Voice URL が発信を処理します。',
    'grants.voice.outgoingApplicationParams':
      '任意：1 行に 1 つずつ name=value の形で入力します。発信のたびに TwiML App へ送信されます。',
    'grants.voice.pushCredentialSid':
      '任意：iOS と Android で着信を通知するためのプッシュクレデンシャル SID（CR…）。',
    'grants.voice.endpointId': ENDPOINT_ID,
    'grants.chat.serviceSid': 'Conversations（または Chat）のサービス SID（IS…）。',
    'grants.chat.endpointId': ENDPOINT_ID,
    'grants.chat.deploymentRoleSid': '任意：サービス内でユーザーに与えるロールの SID（RL…）。',
    'grants.chat.pushCredentialSid': '任意：通知用のプッシュクレデンシャル SID（CR…）。',
    'grants.sync.serviceSid':
      'Sync のサービス SID（IS…）。空欄の場合はデフォルトのサービスを使用します。',
    'grants.sync.endpointId': ENDPOINT_ID,
    'grants.taskRouter.workspaceSid': 'TaskRouter のワークスペース SID（WS…）。',
    'grants.taskRouter.workerSid': 'クライアントが担当するワーカーの SID（WK…）。',
    'grants.taskRouter.role': '任意：worker、supervisor、admin など。',
    'grants.playback.grant':
      'Twilio の PlaybackGrant API がプレーヤーストリーマー用に返した JSON オブジェクト。そのままトークンにコピーされます。',
  },
  placeholders: {
    'grants.voice.outgoingApplicationSid': 'AP…',
    'grants.voice.outgoingApplicationParams': 'to=+15551234567',
    'grants.voice.pushCredentialSid': 'CR…',
    'grants.voice.endpointId': 'alice-iphone',
    'grants.chat.serviceSid': 'IS…',
    'grants.chat.endpointId': 'alice-browser',
    'grants.chat.deploymentRoleSid': 'RL…',
    'grants.chat.pushCredentialSid': 'CR…',
    'grants.sync.serviceSid': 'IS…',
    'grants.sync.endpointId': 'alice-browser',
    'grants.taskRouter.workspaceSid': 'WS…',
    'grants.taskRouter.workerSid': 'WK…',
    'grants.taskRouter.role': 'worker',
    'grants.playback.grant':
      '{"requestCredentials": null, "playbackUrl": "https://…", "playerStreamerSid": "VJ…"}',
  },
};
