import { describe, expect, it } from 'vitest';
import { exceedsVideoRecommendation, fieldWarning, hasUnusualSecretLength } from './warnings.ts';

describe('warnings that do not block a token', () => {
  it('flags a secret that is not 32 characters', () => {
    expect(hasUnusualSecretLength('x'.repeat(32))).toBe(false);
    expect(hasUnusualSecretLength('x'.repeat(31))).toBe(true);
    expect(hasUnusualSecretLength('x'.repeat(33))).toBe(true);
    expect(hasUnusualSecretLength('')).toBe(false);
  });

  it('flags a TTL above the 4 hours the Video docs recommended', () => {
    expect(exceedsVideoRecommendation(14_400)).toBe(false);
    expect(exceedsVideoRecommendation(14_401)).toBe(true);
  });
});

describe('fieldWarning', () => {
  const video = { videoEnabled: true };
  const noVideo = { videoEnabled: false };

  it('warns about a secret of an unusual length, trimmed, and not about an empty one', () => {
    expect(fieldWarning('apiKeySecret', ` ${'x'.repeat(31)} `, video)).toEqual({
      code: 'secretLength',
      length: 31,
      expected: 32,
    });
    expect(fieldWarning('apiKeySecret', 'x'.repeat(32), video)).toBeUndefined();
    expect(fieldWarning('apiKeySecret', '', video)).toBeUndefined();
  });

  it('warns about a TTL above the Video advice, typed or as a number', () => {
    expect(fieldWarning('ttl', '14401', noVideo)).toEqual({ code: 'ttlAboveVideoAdvice' });
    expect(fieldWarning('ttl', 86_400, noVideo)).toEqual({ code: 'ttlAboveVideoAdvice' });
    expect(fieldWarning('ttl', '14400', noVideo)).toBeUndefined();
    expect(fieldWarning('ttl', 'abc', noVideo)).toBeUndefined();
    expect(fieldWarning('ttl', '', noVideo)).toBeUndefined();
  });

  it('warns about a region other than us1 only while Video is on', () => {
    expect(fieldWarning('region', 'ie1', video)).toEqual({ code: 'regionNotForVideo' });
    expect(fieldWarning('region', 'ie1', noVideo)).toBeUndefined();
    expect(fieldWarning('region', ' us1 ', video)).toBeUndefined();
    expect(fieldWarning('region', '', video)).toBeUndefined();
  });

  it('warns about any algorithm but HS256', () => {
    expect(fieldWarning('algorithm', 'HS512', video)).toEqual({ code: 'algorithmNotHs256' });
    expect(fieldWarning('algorithm', 'HS256', video)).toBeUndefined();
  });
});

describe('identity and region warnings', () => {
  const context = { videoEnabled: false };

  it('warns about an identity of spaces alone, or with spaces around it', () => {
    expect(fieldWarning('identity', '   ', context)).toEqual({ code: 'identityBlank' });
    expect(fieldWarning('identity', ' alice', context)).toEqual({ code: 'identityPadded' });
    expect(fieldWarning('identity', 'alice ', context)).toEqual({ code: 'identityPadded' });
    expect(fieldWarning('identity', 'alice', context)).toBeUndefined();
    expect(fieldWarning('identity', '', context)).toBeUndefined();
  });

  it('names a hidden character, its place and whether it turns text around', () => {
    expect(fieldWarning('identity', 'ali\u202Eecila', context)).toEqual({
      code: 'identityHidden',
      position: 4,
      codePoint: 'U+202E',
      bidi: true,
    });
    expect(fieldWarning('identity', '🦊a\u200Bb', context)).toEqual({
      code: 'identityHidden',
      position: 3,
      codePoint: 'U+200B',
      bidi: false,
    });
    expect(fieldWarning('identity', '\uFEFFalice', context)).toMatchObject({ codePoint: 'U+FEFF' });
    expect(fieldWarning('identity', 'x\u2066y', context)).toMatchObject({ bidi: true });
  });

  it('leaves emoji built with joiners and tags alone', () => {
    expect(fieldWarning('identity', '👩‍💻 dev', context)).toBeUndefined();
    expect(fieldWarning('identity', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', context)).toBeUndefined();
    expect(fieldWarning('identity', '山田 太郎', context)).toBeUndefined();
  });

  it('warns about a region Twilio does not publish, suggesting the right case', () => {
    expect(fieldWarning('region', 'IE1', context)).toEqual({
      code: 'regionUnknown',
      suggestion: 'ie1',
    });
    expect(fieldWarning('region', 'us1; DROP', context)).toEqual({ code: 'regionUnknown' });
    expect(fieldWarning('region', 'eu1', { videoEnabled: true })).toEqual({
      code: 'regionUnknown',
    });
    for (const region of ['us1', 'ie1', 'au1']) {
      expect(fieldWarning('region', region, context)).toBeUndefined();
    }
  });
});
