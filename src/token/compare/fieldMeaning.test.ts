import { describe, expect, it } from 'vitest';
import { fieldMeaning } from './fieldMeaning.ts';

describe('fieldMeaning', () => {
  it('names the header fields, and calls the rest other', () => {
    expect(fieldMeaning('header', ['alg'])).toEqual({ meaning: 'algorithm' });
    expect(fieldMeaning('header', ['twr'])).toEqual({ meaning: 'region' });
    expect(fieldMeaning('header', ['kid'])).toEqual({ meaning: 'keyId' });
    expect(fieldMeaning('header', ['x5u'])).toEqual({ meaning: 'otherHeader' });
    expect(fieldMeaning('header', ['alg', 'nested'])).toEqual({ meaning: 'otherHeader' });
  });

  it('names the claims, the identity and each grant', () => {
    expect(fieldMeaning('payload', ['iss'])).toEqual({ meaning: 'issuer' });
    expect(fieldMeaning('payload', ['nbf'])).toEqual({ meaning: 'notBefore' });
    expect(fieldMeaning('payload', ['grants'])).toEqual({ meaning: 'grants' });
    expect(fieldMeaning('payload', ['grants', 'identity'])).toEqual({ meaning: 'identity' });
    expect(fieldMeaning('payload', ['grants', 'data_sync'])).toEqual({
      meaning: 'grant',
      grant: 'data_sync',
    });
    expect(fieldMeaning('payload', ['grants', 'vidoe'])).toEqual({
      meaning: 'grant',
      grant: 'unknown',
    });
    expect(fieldMeaning('payload', ['grants', 'rtc'])).toEqual({ meaning: 'grant', grant: 'rtc' });
    expect(fieldMeaning('payload', ['iss', 'x'])).toEqual({ meaning: 'otherClaim' });
    expect(fieldMeaning('payload', ['custom'])).toEqual({ meaning: 'otherClaim' });
  });

  it('names grant options down to one outgoing call parameter', () => {
    const grant = (...path: string[]) => fieldMeaning('payload', ['grants', ...path]);
    expect(grant('video', 'room')).toEqual({ meaning: 'room', grant: 'video' });
    expect(grant('voice', 'incoming', 'allow')).toEqual({ meaning: 'incoming', grant: 'voice' });
    expect(grant('voice', 'outgoing', 'application_sid')).toEqual({
      meaning: 'application',
      grant: 'voice',
    });
    expect(grant('voice', 'outgoing', 'params', 'To')).toEqual({
      meaning: 'callParam',
      grant: 'voice',
    });
    expect(grant('chat', 'service_sid')).toEqual({ meaning: 'service', grant: 'chat' });
    expect(grant('ip_messaging', 'service_sid')).toEqual({
      meaning: 'service',
      grant: 'ip_messaging',
    });
    expect(grant('data_sync', 'service_sid')).toEqual({ meaning: 'service', grant: 'data_sync' });
    expect(grant('task_router', 'role')).toEqual({ meaning: 'workerRole', grant: 'task_router' });
    expect(grant('player', 'playbackGrant', 'playbackUrl')).toEqual({
      meaning: 'playback',
      grant: 'player',
    });
    expect(grant('video', 'roomz')).toEqual({ meaning: 'otherGrantField', grant: 'video' });
  });

  it('is not fooled by keys that are JavaScript’s own or spell a path with dots', () => {
    expect(fieldMeaning('header', ['constructor'])).toEqual({ meaning: 'otherHeader' });
    expect(fieldMeaning('payload', ['__proto__'])).toEqual({ meaning: 'otherClaim' });
    expect(fieldMeaning('payload', ['grants', 'toString'])).toEqual({
      meaning: 'grant',
      grant: 'unknown',
    });
    expect(fieldMeaning('payload', ['grants', 'unknown'])).toEqual({
      meaning: 'grant',
      grant: 'unknown',
    });
    expect(fieldMeaning('payload', ['grants', 'voice', 'outgoing.application_sid'])).toEqual({
      meaning: 'otherGrantField',
      grant: 'voice',
    });
    expect(fieldMeaning('payload', ['grants', 'video', 'hasOwnProperty'])).toEqual({
      meaning: 'otherGrantField',
      grant: 'video',
    });
  });
});
