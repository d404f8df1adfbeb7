import { describe, expect, it } from 'vitest';
import { GO_SAMPLES } from '../../../../test/fingerprint/go.ts';
import {
  evidenceOf,
  identify,
  orderWriters,
  quirkCodes,
} from '../../../../test/fingerprint/identify.ts';

describe('twilio-go', () => {
  it.for(Object.entries(GO_SAMPLES))('is named for its token: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'go',
      confidence: 'certain',
    });
    expect(orderWriters(identification).payload).toEqual(['go']);
  });

  it('says the TTL of 600 s became an hour, and nbf is the time of issue', () => {
    const identification = identify(GO_SAMPLES.voiceVideo.token);
    expect(quirkCodes(identification)).toEqual(['ttlRaisedToHour', 'nbfIsIssueTime']);
    expect(evidenceOf(identification, 'grantsOrder')).toEqual([
      {
        code: 'grantsOrder',
        members: { names: ['identity', 'video', 'voice'], total: 3 },
        order: 'sorted',
      },
    ]);
  });

  it('shows `<`, `>`, `&` as encoding/json escapes them', () => {
    const identification = identify(GO_SAMPLES.regionNbfPlayback.token);
    expect(evidenceOf(identification, 'escaping')).toEqual([
      { code: 'escaping', character: 'html', escaped: true },
    ]);
    // Default TTL (3600), a given nbf, an empty PlaybackGrant.
    expect(quirkCodes(identification)).toEqual(['ttlRaisedToHour', 'playerNull']);
  });

  it('says nothing of the TTL floor for a token of two hours, or one with ValidUntil', () => {
    expect(quirkCodes(identify(GO_SAMPLES.everyGrant.token))).toEqual(['nbfIsIssueTime']);
    expect(quirkCodes(identify(GO_SAMPLES.validUntil.token))).toEqual(['nbfIsIssueTime']);
  });
});
