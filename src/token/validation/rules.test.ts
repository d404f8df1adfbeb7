import { describe, expect, it } from 'vitest';
import { exceedsVideoRecommendation, hasUnusualSecretLength } from './rules.ts';

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
