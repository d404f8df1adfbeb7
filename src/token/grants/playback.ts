/**
 * The Playback grant, under the key `player`, for Twilio Live. Its content comes from Twilio's
 * PlaybackGrant API and is copied into the token as is, as twilio-node's `PlaybackGrant` does.
 */
export interface PlaybackGrantOptions {
  /** The JSON object Twilio's PlaybackGrant API returned. */
  readonly grant?: Readonly<Record<string, unknown>>;
}

export type PlaybackGrantPayload = Record<string, unknown>;

export function playbackGrantPayload(options: PlaybackGrantOptions): PlaybackGrantPayload {
  return options.grant ? { ...options.grant } : {};
}
