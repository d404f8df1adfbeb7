import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  identify,
  jsonTexts,
  orderWriters,
  quirkCodes,
  unsignedToken,
} from '../../../../test/fingerprint/identify.ts';
import { JAVA_SAMPLES } from '../../../../test/fingerprint/java.ts';

describe('twilio-java', () => {
  it.for(Object.entries(JAVA_SAMPLES))('is named for its token: %s', ([, { token }]) => {
    const identification = identify(token);
    expect(identification).toMatchObject({
      verdict: 'library',
      library: 'java',
      confidence: 'certain',
    });
    expect(orderWriters(identification)).toEqual({ header: ['java'], payload: ['java'] });
    const [rounded] = evidenceOf(identification, 'jtiRounded');
    expect((rounded?.seconds ?? 1) % 128).toBe(0);
    expect(quirkCodes(identification)[0]).toBe('jtiRounded');
  });

  it('rounds the jti’s seconds away from exp − TTL', () => {
    const identification = identify(JAVA_SAMPLES.voiceVideo.token);
    const { exp } = JSON.parse(jsonTexts(JAVA_SAMPLES.voiceVideo.token).payload) as { exp: number };
    expect(evidenceOf(identification, 'jtiRounded')[0]?.seconds).not.toBe(exp - 600);
    expect(evidenceOf(identification, 'grantsOrder')).toEqual([
      {
        code: 'grantsOrder',
        members: { names: ['voice', 'identity', 'video'], total: 3 },
        order: 'javaHashMap',
      },
    ]);
  });

  it('says an empty PlaybackGrant is written as null', () => {
    expect(quirkCodes(identify(JAVA_SAMPLES.regionNbfPlayback.token))).toEqual([
      'jtiRounded',
      'playerNull',
    ]);
  });

  it('is not named when the jti’s seconds are not a float32 value', () => {
    const { header, payload } = jsonTexts(JAVA_SAMPLES.noIdentity.token);
    const seconds = /-(\d+)"/.exec(payload)?.[1] ?? '';
    const edited = payload.replace(`-${seconds}"`, `-${String(Number(seconds) + 1)}"`);
    const identification = identify(unsignedToken(header, edited));
    expect(identification.verdict).toBe('unknown');
    expect(evidenceOf(identification, 'rulesOut')).toEqual([
      { code: 'rulesOut', library: 'java', reason: 'jtiNotRounded' },
    ]);
  });

  it('is not named when the grants are not in HashMap order', () => {
    const { header, payload } = jsonTexts(JAVA_SAMPLES.voiceVideo.token);
    const parsed = JSON.parse(payload) as { grants: Record<string, unknown> };
    const { voice, identity, video } = parsed.grants;
    const reordered = JSON.stringify({ ...parsed, grants: { video, identity, voice } });
    expect(evidenceOf(identify(unsignedToken(header, reordered)), 'rulesOut')).toEqual([
      { code: 'rulesOut', library: 'java', reason: 'grantsOrder' },
    ]);
  });
});
