import { libraryNames, MAX_NAME_LENGTH, type GrantDescriptor } from './grant.ts';

/**
 * The Video grant: lets the identity connect to Video Rooms, or only to one room. Written as
 * twilio-node's `VideoGrant.toPayload()` does: an empty room is left out.
 */
export const videoGrant = {
  name: 'video',
  key: 'video',
  className: 'VideoGrant',
  needsIdentity: true,
  options: {
    /** A room's unique name or its SID (RM…). Empty or absent: any room. */
    room: {
      kind: 'name',
      payload: ['room'],
      maxLength: MAX_NAME_LENGTH,
      trim: true,
      orSid: 'RM',
      library: libraryNames('room'),
    },
  },
} as const satisfies GrantDescriptor;
