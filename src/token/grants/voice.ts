import { libraryNames, MAX_ENDPOINT_ID_LENGTH, type GrantDescriptor } from './grant.ts';

/**
 * The Voice grant: lets the identity place calls through a TwiML App and receive them. Written
 * as twilio-node's `VoiceGrant.toPayload()`: `incoming` only when allowed, `outgoing.params`
 * only together with an application SID.
 */
export const voiceGrant = {
  name: 'voice',
  key: 'voice',
  className: 'VoiceGrant',
  needsIdentity: true,
  options: {
    incomingAllow: {
      kind: 'switch',
      payload: ['incoming', 'allow'],
      library: libraryNames('incomingAllow', { go: 'Incoming.Allow' }),
    },
    /** TwiML App SID (AP…) whose Voice URL handles outgoing calls. */
    outgoingApplicationSid: {
      kind: 'sid',
      payload: ['outgoing', 'application_sid'],
      prefix: 'AP',
      library: libraryNames('outgoingApplicationSid', { go: 'Outgoing.ApplicationSid' }),
    },
    /** Passed to the TwiML App's Voice URL with each outgoing call. */
    outgoingApplicationParams: {
      kind: 'params',
      payload: ['outgoing', 'params'],
      requires: 'outgoingApplicationSid',
      // Java and PHP take the parameters together with the application SID.
      library: libraryNames('outgoingApplicationParams', {
        java: 'setOutgoingApplication',
        php: 'setOutgoingApplication',
        go: 'Outgoing.ApplicationParams',
      }),
    },
    /** Push Credential SID (CR…) for incoming-call notifications on mobile. */
    pushCredentialSid: {
      kind: 'sid',
      payload: ['push_credential_sid'],
      prefix: 'CR',
      library: libraryNames('pushCredentialSid'),
    },
    endpointId: {
      kind: 'name',
      payload: ['endpoint_id'],
      maxLength: MAX_ENDPOINT_ID_LENGTH,
      trim: false,
      library: libraryNames('endpointId', { go: 'EndpointID' }),
    },
  },
} as const satisfies GrantDescriptor;
