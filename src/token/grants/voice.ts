/**
 * The Voice grant: lets the identity place calls through a TwiML App and, optionally, receive
 * them. Serialized as twilio-node's `VoiceGrant.toPayload()`: `incoming` only when allowed,
 * `outgoing.params` only together with an application SID.
 */
export interface VoiceGrantOptions {
  readonly incomingAllow?: boolean;
  /** TwiML App SID (AP…) whose Voice URL handles outgoing calls. */
  readonly outgoingApplicationSid?: string;
  /** Passed to the TwiML App's Voice URL with each outgoing call. */
  readonly outgoingApplicationParams?: Readonly<Record<string, string>>;
  /** Push Credential SID (CR…) for incoming-call notifications on mobile. */
  readonly pushCredentialSid?: string;
  readonly endpointId?: string;
}

export type VoiceGrantPayload = {
  incoming?: { allow: true };
  outgoing?: { application_sid: string; params?: Record<string, string> };
  push_credential_sid?: string;
  endpoint_id?: string;
};

export function voiceGrantPayload(options: VoiceGrantOptions): VoiceGrantPayload {
  const payload: VoiceGrantPayload = {};
  if (options.incomingAllow === true) payload.incoming = { allow: true };
  if (options.outgoingApplicationSid) {
    payload.outgoing = { application_sid: options.outgoingApplicationSid };
    if (options.outgoingApplicationParams) {
      payload.outgoing.params = { ...options.outgoingApplicationParams };
    }
  }
  if (options.pushCredentialSid) payload.push_credential_sid = options.pushCredentialSid;
  if (options.endpointId) payload.endpoint_id = options.endpointId;
  return payload;
}
