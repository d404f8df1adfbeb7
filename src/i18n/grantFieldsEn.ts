import type { TokenField } from '../token/fields.ts';

// Descriptions and placeholders of the grant fields other than Video's. Those fields load lazily,
// and their words with them.

/** Grant fields other than Video's room: they load with the grant fieldsets. */
export type LazyGrantField = Exclude<
  Extract<TokenField, `grants.${string}.${string}`>,
  'grants.video.room'
>;

export const grantFieldsEn = {
  descriptions: {
    'grants.voice.outgoingApplicationSid':
      'TwiML App SID (AP…) whose Voice URL handles outgoing calls.',
    'grants.voice.outgoingApplicationParams':
      'Optional: one name=value per line, sent to the TwiML App with each outgoing call.',
    'grants.voice.pushCredentialSid':
      'Optional: Push Credential SID (CR…) for incoming-call notifications on iOS and Android.',
    'grants.voice.endpointId': 'Optional: tells apart devices that share one identity.',
    'grants.chat.serviceSid': 'Conversations (or Chat) Service SID (IS…).',
    'grants.chat.endpointId': 'Optional: tells apart devices that share one identity.',
    'grants.chat.deploymentRoleSid': 'Optional: Role SID (RL…) the user gets in the service.',
    'grants.chat.pushCredentialSid': 'Optional: Push Credential SID (CR…) for notifications.',
    'grants.sync.serviceSid': 'Sync Service SID (IS…). Empty uses the default service.',
    'grants.sync.endpointId': 'Optional: tells apart devices that share one identity.',
    'grants.taskRouter.workspaceSid': 'TaskRouter Workspace SID (WS…).',
    'grants.taskRouter.workerSid': 'Worker SID (WK…) the client acts as.',
    'grants.taskRouter.role': 'Optional: for example worker, supervisor or admin.',
    'grants.playback.grant':
      'The JSON object Twilio’s PlaybackGrant API returned for your player streamer. It is copied into the token as is.',
  } satisfies Record<LazyGrantField, string>,
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
  } satisfies Record<LazyGrantField, string>,
};

export type GrantFieldMessages = typeof grantFieldsEn;
