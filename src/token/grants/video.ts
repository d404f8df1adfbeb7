/**
 * The Video grant: lets the identity connect to Video Rooms, or only to one room.
 * Serialized as twilio-node's `VideoGrant.toPayload()` does: an empty room is left out.
 */
export interface VideoGrantOptions {
  /** A room's unique name or its SID (RM…). Empty or absent: any room. */
  readonly room?: string;
}

export type VideoGrantPayload = {
  room?: string;
};

export function videoGrantPayload(options: VideoGrantOptions): VideoGrantPayload {
  const payload: VideoGrantPayload = {};
  if (options.room) payload.room = options.room;
  return payload;
}
