/**
 * The inputs of an access token, by the paths the form and the typed errors share, so an error
 * from the core lands on the form field that caused it.
 */
export const TOKEN_FIELDS = [
  'accountSid',
  'apiKeySid',
  'apiKeySecret',
  'identity',
  'ttl',
  'nbf',
  'region',
  'algorithm',
  'grants',
  'grants.video.room',
  'grants.voice.outgoingApplicationSid',
  'grants.voice.outgoingApplicationParams',
  'grants.voice.pushCredentialSid',
  'grants.voice.endpointId',
  'grants.chat.serviceSid',
  'grants.chat.endpointId',
  'grants.chat.deploymentRoleSid',
  'grants.chat.pushCredentialSid',
  'grants.sync.serviceSid',
  'grants.sync.endpointId',
  'grants.taskRouter.workspaceSid',
  'grants.taskRouter.workerSid',
  'grants.taskRouter.role',
  'grants.playback.grant',
] as const;

export type TokenField = (typeof TOKEN_FIELDS)[number];
