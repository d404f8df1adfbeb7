import { libraryNames, MAX_ENDPOINT_ID_LENGTH, type GrantDescriptor } from './grant.ts';

/**
 * The Chat grant, which Conversations uses too. Written as twilio-node's
 * `ChatGrant.toPayload()`: empty options are left out.
 */
export const chatGrant = {
  name: 'chat',
  key: 'chat',
  className: 'ChatGrant',
  needsIdentity: true,
  options: {
    /** Conversations or Chat Service SID (IS…). */
    serviceSid: {
      kind: 'sid',
      payload: ['service_sid'],
      prefix: 'IS',
      library: libraryNames('serviceSid'),
    },
    endpointId: {
      kind: 'name',
      payload: ['endpoint_id'],
      maxLength: MAX_ENDPOINT_ID_LENGTH,
      trim: false,
      library: libraryNames('endpointId', { go: 'EndpointID' }),
    },
    /** Role SID (RL…) given to the user in the service. */
    deploymentRoleSid: {
      kind: 'sid',
      payload: ['deployment_role_sid'],
      prefix: 'RL',
      library: libraryNames('deploymentRoleSid'),
    },
    /** Push Credential SID (CR…). */
    pushCredentialSid: {
      kind: 'sid',
      payload: ['push_credential_sid'],
      prefix: 'CR',
      library: libraryNames('pushCredentialSid'),
    },
  },
} as const satisfies GrantDescriptor;
