import { libraryNames, type GrantDescriptor } from './grant.ts';

/**
 * The Playback grant, under the key `player`, for Twilio Live. Its content comes from Twilio's
 * PlaybackGrant API and is copied into the token as it is, as twilio-node's `PlaybackGrant`
 * does; Twilio Live's player serves anonymous viewers, so it needs no identity.
 */
export const playbackGrant = {
  name: 'playback',
  key: 'player',
  className: 'PlaybackGrant',
  needsIdentity: false,
  options: {
    /** The JSON object Twilio's PlaybackGrant API returned. */
    grant: {
      kind: 'json',
      payload: [],
      // twilio-go's PlaybackGrant is itself the map: its content goes straight into the literal.
      library: libraryNames('grant', { go: '' }),
    },
  },
} as const satisfies GrantDescriptor;
