/** The Sync grant, under the key `data_sync`. Serialized as twilio-node's `SyncGrant.toPayload()`. */
export interface SyncGrantOptions {
  /** Sync Service SID (IS…). */
  readonly serviceSid?: string;
  readonly endpointId?: string;
}

export type SyncGrantPayload = {
  service_sid?: string;
  endpoint_id?: string;
};

export function syncGrantPayload(options: SyncGrantOptions): SyncGrantPayload {
  const payload: SyncGrantPayload = {};
  if (options.serviceSid) payload.service_sid = options.serviceSid;
  if (options.endpointId) payload.endpoint_id = options.endpointId;
  return payload;
}
