/**
 * The Chat grant, which Conversations uses too. Serialized as twilio-node's
 * `ChatGrant.toPayload()`: empty options are left out.
 */
export interface ChatGrantOptions {
  /** Conversations or Chat Service SID (IS…). */
  readonly serviceSid?: string;
  readonly endpointId?: string;
  /** Deployment Role SID (RL…) given to the user. */
  readonly deploymentRoleSid?: string;
  /** Push Credential SID (CR…). */
  readonly pushCredentialSid?: string;
}

export type ChatGrantPayload = {
  service_sid?: string;
  endpoint_id?: string;
  deployment_role_sid?: string;
  push_credential_sid?: string;
};

export function chatGrantPayload(options: ChatGrantOptions): ChatGrantPayload {
  const payload: ChatGrantPayload = {};
  if (options.serviceSid) payload.service_sid = options.serviceSid;
  if (options.endpointId) payload.endpoint_id = options.endpointId;
  if (options.deploymentRoleSid) payload.deployment_role_sid = options.deploymentRoleSid;
  if (options.pushCredentialSid) payload.push_credential_sid = options.pushCredentialSid;
  return payload;
}
