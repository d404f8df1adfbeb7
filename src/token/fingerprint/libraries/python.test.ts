import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  identify,
  jsonTexts,
  orderWriters,
  quirkCodes,
  unsignedToken,
} from '../../../../test/fingerprint/identify.ts';
import { PYTHON_SAMPLES } from '../../../../test/fingerprint/python.ts';

// Debian's python3-twilio is run on every Code tab configuration in test/fingerprint/pythonRun.test.ts.
describe('twilio-python (samples made by 9.11.0)', () => {
  it.for(Object.entries(PYTHON_SAMPLES))('is named for its token: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'python',
      confidence: 'certain',
    });
    expect(orderWriters(identification).payload).toEqual(['python']);
  });

  it('shows identity last, and nbf set to the time of issue', () => {
    const identification = identify(PYTHON_SAMPLES.voiceVideo.token);
    expect(orderWriters(identification).header).toEqual(['python', 'go']);
    expect(evidenceOf(identification, 'grantsOrder')).toEqual([
      {
        code: 'grantsOrder',
        members: { names: ['voice', 'video', 'identity'], total: 3 },
        order: 'identityLast',
      },
    ]);
    expect(quirkCodes(identification)).toEqual(['nbfIsIssueTime']);
  });

  it('shows \\u00e9 from ensure_ascii, and an empty PlaybackGrant as null', () => {
    const identification = identify(PYTHON_SAMPLES.regionNbfPlayback.token);
    expect(evidenceOf(identification, 'escaping')).toEqual([
      { code: 'escaping', character: 'nonAscii', escaped: true },
    ]);
    expect(quirkCodes(identification)).toEqual(['playerNull']);
  });

  it('has no quirk to tell when nbf=None left nbf out', () => {
    expect(quirkCodes(identify(PYTHON_SAMPLES.noIdentityNoNbf.token))).toEqual([]);
  });

  it('is named with PyJWT 2.0-2.4’s unsorted header', () => {
    const { payload } = jsonTexts(PYTHON_SAMPLES.voiceVideo.token);
    const token = unsignedToken('{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}', payload);
    expect(identify(token)).toMatchObject({ verdict: 'library', library: 'python' });
  });
});
