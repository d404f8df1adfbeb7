import { libraryNames, MAX_ENDPOINT_ID_LENGTH, type GrantDescriptor } from './grant.ts';

/** The Sync grant, under the key `data_sync`. Written as twilio-node's `SyncGrant.toPayload()`. */
export const syncGrant = {
  name: 'sync',
  key: 'data_sync',
  className: 'SyncGrant',
  needsIdentity: true,
  options: {
    /** Sync Service SID (IS…). */
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
  },
} as const satisfies GrantDescriptor;
