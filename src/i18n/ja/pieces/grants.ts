import type { GrantsWords } from '../../tokenWords.ts';

const ENDPOINT_ID = {
  label: 'エンドポイント ID',
  description: '任意：同じアイデンティティを共有するデバイスを区別します。',
  claim: () =>
    'エンドポイント ID：同じアイデンティティを持つほかのデバイスとこのデバイスを区別します。',
  meaning: 'エンドポイント ID（デバイス）',
  difference: 'エンドポイント ID が異なるため、サービスからは別のデバイスに見えます。',
} as const;

const PUSH_CREDENTIAL = {
  label: 'プッシュクレデンシャル SID',
  placeholder: 'CR…',
  meaning: 'プッシュクレデンシャル',
  difference:
    '通知に別のプッシュクレデンシャルを使います。プッシュクレデンシャルは 1 つのプラットフォームの 1 つのアプリ専用です。',
} as const;

const SERVICE = {
  label: 'サービス SID',
  placeholder: 'IS…',
  difference: '別のサービス向けです。クライアントが見られるのはそのサービスのデータだけです。',
} as const;

/** Every grant and option in Japanese, with the words of Twilio's Japanese docs (付与). */
export const grants: GrantsWords = {
  video: {
    name: 'Video',
    description: 'Video のルームに参加します。',
    claim: ({ options }) =>
      options?.includes('room')
        ? 'Video の付与：トークンの保持者は Twilio Video に接続できます。'
        : 'Video の付与：トークンの保持者は、アカウントのどの Video ルームにも接続できます。',
    options: {
      room: {
        label: 'ルーム名',
        description:
          '任意：ルームの一意の名前、またはその SID（RM…）。空欄の場合はどのルームにも参加できます。',
        placeholder: 'daily-standup',
        claim: ({ text }) => `このトークンで参加できるのは、ルーム「${text}」だけです。`,
        meaning: 'Video ルーム',
        difference:
          '別のルームに限定されています。各トークンで参加できるのはそれぞれのルームだけです。',
        onOneSide: (side) =>
          `1 つのルームに限定されているのは ${side}のトークンだけです。もう一方はどのルームにも参加できます。`,
      },
    },
  },
  voice: {
    name: 'Voice',
    description: 'Voice SDK で通話を発信・着信します。',
    claim: () => 'Voice の付与：トークンの保持者は Voice SDK を使用できます。',
    options: {
      incomingAllow: {
        label: '着信を許可',
        claim: () => 'このアイデンティティへの着信が、このクライアントで鳴ります。',
        meaning: '着信',
        difference: 'このアイデンティティへの着信がクライアントで鳴るかどうかが異なります。',
        onOneSide: (side) => `着信を受けられるのは ${side}のトークンだけです。`,
      },
      outgoingApplicationSid: {
        label: '発信用アプリケーション SID',
        description: 'TwiML App SID（AP…）。その Voice URL が発信を処理します。',
        placeholder: 'AP…',
        claim: ({ text }) =>
          `発信時には TwiML App ${text} が実行され、Twilio がその Voice URL にリクエストします。`,
        meaning: '発信に使う TwiML App',
        difference:
          '発信が別の TwiML App に送られるため、Twilio は別の Voice URL にリクエストします。',
        onOneSide: (side) => `発信できるのは ${side}のトークンだけです。`,
      },
      outgoingApplicationParams: {
        label: '発信用アプリケーションのパラメーター',
        description:
          '任意：1 行に 1 つずつ name=value の形で入力します。発信のたびに TwiML App へ送信されます。',
        placeholder: 'to=+15551234567',
        claim: () => '発信のたびに TwiML App の Voice URL へ送信されます。',
        meaning: 'TwiML App に送るパラメーター',
        difference: '発信のたびに TwiML App が受け取るパラメーターが異なります。',
      },
      pushCredentialSid: {
        ...PUSH_CREDENTIAL,
        description:
          '任意：iOS と Android で着信を通知するためのプッシュクレデンシャル SID（CR…）。',
        claim: () => 'このデバイスに着信を通知するためのプッシュクレデンシャルです。',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-iphone' },
    },
  },
  chat: {
    name: 'Chat',
    description: 'Conversations と Chat。',
    claim: () =>
      'Chat の付与：トークンの保持者は Conversations（および Programmable Chat）を使用できます。',
    options: {
      serviceSid: {
        ...SERVICE,
        description: 'Conversations（または Chat）のサービス SID（IS…）。',
        claim: ({ text }) => `Conversations または Chat のサービス ${text} です。`,
        meaning: 'Chat サービス',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-browser' },
      deploymentRoleSid: {
        label: 'デプロイメントロール SID',
        description: '任意：サービス内でユーザーに与えるロールの SID（RL…）。',
        placeholder: 'RL…',
        claim: () => 'サービス内でユーザーに与えられるロールです。',
        meaning: 'サービス内のロール',
        difference: 'サービス内のロールが異なり、権限も異なります。',
      },
      pushCredentialSid: {
        ...PUSH_CREDENTIAL,
        description: '任意：通知用のプッシュクレデンシャル SID（CR…）。',
        claim: () => 'このデバイスへの通知に使うプッシュクレデンシャルです。',
      },
    },
  },
  sync: {
    name: 'Sync',
    description: 'Sync のドキュメント、リスト、マップ。',
    claim: () =>
      'Sync の付与：トークンの保持者は Sync のドキュメント、リスト、マップ、ストリームを読み書きできます。',
    options: {
      serviceSid: {
        ...SERVICE,
        description: 'Sync のサービス SID（IS…）。空欄の場合はデフォルトのサービスを使用します。',
        claim: ({ text }) => `Sync サービス ${text} です。`,
        meaning: 'Sync サービス',
      },
      endpointId: { ...ENDPOINT_ID, placeholder: 'alice-browser' },
    },
  },
  taskRouter: {
    name: 'TaskRouter',
    description: 'TaskRouter と Flex のワーカー。',
    claim: () =>
      'TaskRouter の付与：トークンの保持者は TaskRouter のワークスペースで操作できます（Flex が使用します）。',
    options: {
      workspaceSid: {
        label: 'ワークスペース SID',
        description: 'TaskRouter のワークスペース SID（WS…）。',
        placeholder: 'WS…',
        claim: ({ text }) => `TaskRouter ワークスペース ${text} です。`,
        meaning: 'TaskRouter ワークスペース',
        difference: '別の TaskRouter ワークスペース向けです。',
      },
      workerSid: {
        label: 'ワーカー SID',
        description: 'クライアントが担当するワーカーの SID（WK…）。',
        placeholder: 'WK…',
        claim: ({ text }) => `クライアントはワーカー ${text} として動作します。`,
        meaning: 'TaskRouter ワーカー',
        difference: '別の TaskRouter ワーカーとして動作します。',
      },
      role: {
        label: 'ロール',
        description: '任意：worker、supervisor、admin など。',
        placeholder: 'worker',
        claim: ({ text }) => `ワークスペースでのロール：${text}。`,
        meaning: 'ワークスペース内のロール',
        difference: 'ワークスペース内のロールが異なります。',
      },
    },
  },
  playback: {
    name: 'Playback',
    description: 'Twilio Live のプレーヤー。',
    claim: () =>
      'Playback の付与：Twilio Live のプレーヤーがストリームに参加できます。内容は Twilio の API から取得したものです。',
    options: {
      grant: {
        label: 'Playback の付与（JSON）',
        description:
          'Twilio の PlaybackGrant API がプレーヤーストリーマー用に返した JSON オブジェクト。そのままトークンにコピーされます。',
        placeholder:
          '{"requestCredentials": null, "playbackUrl": "https://…", "playerStreamerSid": "VJ…"}',
        claim: () => 'Twilio の PlaybackGrant API が返した内容を、そのままコピーしたものです。',
        meaning: 'Playback の付与の内容',
        difference:
          '別のストリームまたはプレーヤー向けです。Playback の付与は Twilio の API がプレーヤーごとに作成します。',
      },
    },
  },
};
