import { describe, expect, it } from 'vitest';
import { CSHARP_SAMPLES } from '../../../../test/fingerprint/csharp.ts';
import {
  evidenceOf,
  identify,
  orderWriters,
  quirkCodes,
} from '../../../../test/fingerprint/identify.ts';

// The samples are built to the layout read from twilio-csharp's source (no .NET here): this checks
// that layout is told apart from the others, not that it is right.
describe('twilio-csharp (derived from source)', () => {
  it.for(Object.entries(CSHARP_SAMPLES))('is named, as likely: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'csharp',
      confidence: 'likely',
    });
    expect(orderWriters(identification)).toEqual({
      header: ['node', 'csharp'],
      payload: ['csharp'],
    });
    expect(evidenceOf(identification, 'derivedFromSource')).toHaveLength(1);
    expect(quirkCodes(identification)[0]).toBe('secretLength');
  });

  it('says an empty PlaybackGrant is written as null', () => {
    expect(quirkCodes(identify(CSHARP_SAMPLES.regionNbfPlayback.token))).toEqual([
      'secretLength',
      'timesFixedAtBuild',
      'playerNull',
    ]);
  });
});
