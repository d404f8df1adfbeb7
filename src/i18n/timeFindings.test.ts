import { describe, expect, it } from 'vitest';
import { finding } from '../token/diagnose/findings.ts';
import { describeFinding as en } from './en/pieces/findings.ts';
import { describeFinding as ja } from './ja/pieces/findings.ts';

// Issue 20 §2: times that cannot be right say by how much, in minutes.
describe('times that cannot be right', () => {
  const EXP = 1_800_000_000;

  it('says how long after exp iat is', () => {
    const item = finding('issuedAfterExpiry', { iat: EXP + 900, exp: EXP });
    expect(en(item)).toContain('is 15 min after exp');
    expect(ja(item)).toContain('より 15 分後です');
  });

  it('says how long after exp nbf is, and only when it is after', () => {
    expect(en(finding('neverValid', { nbf: EXP + 300, exp: EXP }))).toContain('is 5 min after exp');
    expect(ja(finding('neverValid', { nbf: EXP + 300, exp: EXP }))).toContain('（5 分後）');
    expect(en(finding('neverValid', { nbf: EXP, exp: EXP }))).toContain('is not before exp');
  });

  it('says how far ahead iat is', () => {
    const item = finding('issuedInFuture', { iat: EXP + 600, now: EXP, secondsAhead: 600 });
    expect(en(item)).toContain('10 min ahead');
    expect(ja(item)).toContain('10 分先');
  });
});
