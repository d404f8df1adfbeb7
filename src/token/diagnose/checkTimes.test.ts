import { describe, expect, it } from 'vitest';
import { NOW, twilioNodePayload as payload } from '../../../test/corpus/tokenFactory.ts';
import type { Finding, FindingCode } from './findings.ts';
import { checkTimes } from './checkTimes.ts';

const codes = (findings: readonly Finding[]) => findings.map((item) => item.code);
const only = <C extends FindingCode>(findings: readonly Finding[], code: C) => {
  expect(codes(findings)).toEqual([code]);
  return findings[0] as Extract<Finding, { code: C }>;
};

/** The times of a twilio-node payload (issued a minute ago, one hour), changed as given. */
const times = (claims: Record<string, unknown>, skewSeconds = 60) =>
  checkTimes(payload(claims), { now: NOW, skewSeconds });

describe('checkTimes', () => {
  it('counts a token expired at exp, with how long ago', () => {
    const found = only(times({ iat: NOW - 3780, exp: NOW - 180 }), 'expired');
    expect(found.params).toEqual({ exp: NOW - 180, now: NOW, secondsAgo: 180 });
    expect(codes(times({ exp: NOW }))).toEqual(['expired']);
    expect(times({ exp: NOW + 1 })).toEqual([]);
  });

  it.each([
    [undefined, 'absent'],
    ['1795860000', 'notNumber'],
    [null, 'notNumber'],
  ])('exp %j is %s', (exp, found) => {
    expect(only(times({ exp }), 'expiryMissing').params).toEqual({ found });
  });

  it('treats 1e400, which JSON reads as Infinity, as no number', () => {
    const { exp } = JSON.parse('{"exp":1e400}') as { exp: number };
    expect(codes(times({ exp }))).toEqual(['expiryMissing']);
  });

  it('allows nbf up to the clock skew ahead, and says the skew when beyond', () => {
    const claims = { iat: NOW, exp: NOW + 3600 };
    expect(times({ ...claims, nbf: NOW + 60 })).toEqual([]);
    const ahead = only(times({ ...claims, nbf: NOW + 61 }), 'notYetValid');
    expect(ahead.params).toEqual({ nbf: NOW + 61, now: NOW, secondsAhead: 61, skewSeconds: 60 });
    expect(codes(times({ ...claims, nbf: NOW + 5 }, 0))).toEqual(['notYetValid']);
  });

  it('wants nbf and iat as numbers when present, and never requires them', () => {
    expect(times({ iat: undefined, nbf: undefined })).toEqual([]);
    expect(codes(times({ nbf: 'now' }))).toEqual(['notBeforeNotNumber']);
    expect(codes(times({ iat: 'now' }))).toEqual(['issuedAtNotNumber']);
  });

  it('calls a token whose nbf is not before exp never valid', () => {
    const found = only(times({ iat: undefined, nbf: NOW + 10, exp: NOW + 10 }), 'neverValid');
    expect(found.params).toEqual({ nbf: NOW + 10, exp: NOW + 10 });
  });

  it.each([
    [{ iat: NOW - 60, nbf: NOW - 86_400, exp: NOW - 60 + 86_401 }, 'iat', 86_401],
    [{ iat: undefined, nbf: NOW - 60, exp: NOW - 60 + 90_000 }, 'nbf', 90_000],
    [{ iat: undefined, exp: NOW + 86_401 }, 'now', 86_401],
  ])('measures the lifetime from iat, else nbf, else now: %j', (claims, from, seconds) => {
    const found = only(times(claims), 'lifetimeTooLong');
    expect(found.params).toEqual({ lifetimeSeconds: seconds, from, maxSeconds: 86_400 });
  });

  it('allows exactly 24 hours', () => {
    expect(times({ exp: NOW - 60 + 86_400 })).toEqual([]);
  });
});
