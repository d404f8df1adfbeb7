import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  identify,
  jsonTexts,
  orderWriters,
  quirkCodes,
  unsignedToken,
} from '../../../../test/fingerprint/identify.ts';
import { RUBY_SAMPLES } from '../../../../test/fingerprint/ruby.ts';

describe('twilio-ruby', () => {
  it.for(Object.entries(RUBY_SAMPLES))('is named for its token: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'ruby',
      confidence: 'certain',
    });
    expect(orderWriters(identification).payload).toEqual(['ruby']);
  });

  it('shows `"twr": null` when no region was given, and nbf set to the time of issue', () => {
    const identification = identify(RUBY_SAMPLES.voiceVideo.token);
    expect(orderWriters(identification)).toEqual({ header: ['ruby'], payload: ['ruby'] });
    expect(evidenceOf(identification, 'twrNull')).toHaveLength(1);
    expect(quirkCodes(identification)).toEqual(['twrNull', 'nbfIsIssueTime']);
  });

  it('with a region and a given nbf: only the null Playback grant is a quirk', () => {
    const identification = identify(RUBY_SAMPLES.regionNbfPlayback.token);
    expect(evidenceOf(identification, 'twrNull')).toEqual([]);
    expect(quirkCodes(identification)).toEqual(['playerNull']);
  });

  // The header orders of older ruby-jwt versions: 2.0-2.1 start from {alg}, 1.5 from {typ, alg}.
  it.for([
    '{"alg":"HS256","cty":"twilio-fpa;v=1","twr":null,"typ":"JWT"}',
    '{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1","twr":null}',
  ])('is named with an older ruby-jwt’s header: %s', (header) => {
    const { payload } = jsonTexts(RUBY_SAMPLES.voiceVideo.token);
    expect(identify(unsignedToken(header, payload))).toMatchObject({
      verdict: 'library',
      library: 'ruby',
    });
  });
});
