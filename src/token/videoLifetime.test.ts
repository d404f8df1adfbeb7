import { describe, expect, it } from 'vitest';
import { shortVideoLifetime } from './videoLifetime.ts';

describe('shortVideoLifetime', () => {
  const video = { identity: 'alice', video: {} };

  it('notes a Video token shorter than the longest session', () => {
    expect(shortVideoLifetime({ grants: video, iat: 100, exp: 3700 })).toEqual({
      lifetimeSeconds: 3600,
      recommendedSeconds: 14_400,
    });
  });

  it('says nothing for a long enough Video token, or a token without Video', () => {
    expect(shortVideoLifetime({ grants: video, iat: 0, exp: 14_400 })).toBeUndefined();
    expect(shortVideoLifetime({ grants: video, iat: 0, exp: 86_400 })).toBeUndefined();
    expect(
      shortVideoLifetime({ grants: { identity: 'a', voice: {} }, iat: 0, exp: 60 }),
    ).toBeUndefined();
  });

  it('reads hostile payloads without throwing', () => {
    for (const payload of [
      {},
      { grants: null, iat: 0, exp: 1 },
      { grants: video, iat: '0', exp: 1 },
      { grants: video, iat: 0, exp: Number.NaN },
      { grants: video, iat: 10, exp: 5 },
      { grants: Object.create(null) as object, iat: 0, exp: 1 },
    ]) {
      expect(shortVideoLifetime(payload)).toBeUndefined();
    }
  });
});
