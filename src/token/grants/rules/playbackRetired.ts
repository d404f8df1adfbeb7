import { finding } from '../../diagnose/findings.ts';
import { type GrantRule } from './rule.ts';

/**
 * Twilio Live, the product the Playback grant is for: "Effective November 30, 2023, the Twilio
 * Live API is end of life (EOL) and is no longer available to customers."
 * (https://www.twilio.com/en-us/changelog/twilio-live-end-of-life)
 */
export const TWILIO_LIVE_END_OF_LIFE = '2023-11-30';

export const playbackRetired: GrantRule = (grants) =>
  Object.hasOwn(grants, 'player')
    ? [
        finding(
          'playbackRetired',
          { endedOn: TWILIO_LIVE_END_OF_LIFE },
          { at: ['grants', 'player'] },
        ),
      ]
    : [];
