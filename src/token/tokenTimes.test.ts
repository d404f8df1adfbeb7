import { describe, expect, it } from 'vitest';
import { tokenTimes } from './tokenTimes.ts';

const NOW = 1_800_000_000;
const times = (payload: Record<string, unknown>) => tokenTimes(payload, { now: NOW });

describe('tokenTimes', () => {
  it('measures the lifetime from iat, as twilio-node writes it', () => {
    expect(times({ iat: NOW - 60, exp: NOW + 3540 })).toEqual({
      issuedAt: NOW - 60,
      expiresAt: NOW + 3540,
      lifetime: { seconds: 3600, from: 'iat' },
      validFrom: { kind: 'atOnce' },
      status: { state: 'valid', secondsLeft: 3540 },
    });
  });

  it('measures it from nbf without iat, as twilio-python writes it', () => {
    expect(times({ nbf: NOW, exp: NOW + 86_400 })).toEqual({
      notBefore: NOW,
      expiresAt: NOW + 86_400,
      lifetime: { seconds: 86_400, from: 'nbf' },
      validFrom: { kind: 'noIssueTime' },
      status: { state: 'valid', secondsLeft: 86_400 },
    });
  });

  it('cannot measure a lifetime without iat or nbf, as twilio-java writes it', () => {
    expect(times({ exp: NOW + 10 }).lifetime).toBeUndefined();
  });

  it('places nbf relative to iat', () => {
    expect(times({ iat: NOW, nbf: NOW + 600, exp: NOW + 3600 }).validFrom).toEqual({
      kind: 'afterIssue',
      seconds: 600,
    });
    expect(times({ iat: NOW, nbf: NOW - 30, exp: NOW + 3600 }).validFrom).toEqual({
      kind: 'afterIssue',
      seconds: -30,
    });
    expect(times({ iat: NOW, nbf: '0', exp: NOW + 3600 }).validFrom).toEqual({
      kind: 'unreadable',
    });
  });

  it('says where the token stands now, with the inspector’s minute of skew', () => {
    expect(times({ iat: NOW - 7200, exp: NOW - 3600 }).status).toEqual({
      state: 'expired',
      secondsAgo: 3600,
    });
    expect(times({ exp: NOW }).status).toEqual({ state: 'expired', secondsAgo: 0 });
    expect(times({ nbf: NOW + 60, exp: NOW + 3600 }).status).toEqual({
      state: 'valid',
      secondsLeft: 3600,
    });
    expect(times({ nbf: NOW + 61, exp: NOW + 3600 }).status).toEqual({
      state: 'notYetValid',
      secondsAhead: 61,
    });
    expect(times({ exp: '1e10' }).status).toEqual({ state: 'noExpiry' });
  });

  it('reads only finite numbers as times', () => {
    expect(times({ iat: Infinity, nbf: null, exp: [1] })).toEqual({
      validFrom: { kind: 'unreadable' },
      status: { state: 'noExpiry' },
    });
  });
});
