import { describe, expect, it } from 'vitest';
import { placeOf } from './place.ts';
import { placeName } from '../../test/support/placeName.ts';

const payload = (...path: string[]) => placeName(placeOf('payload', path));
const grant = (...path: string[]) => payload('grants', ...path);

describe('placeOf', () => {
  it('names the header fields, and calls the rest other', () => {
    expect(placeOf('header', ['alg'])).toEqual({ kind: 'header', field: 'alg' });
    expect(placeOf('header', ['twr'])).toEqual({ kind: 'header', field: 'twr' });
    expect(placeOf('header', ['kid'])).toEqual({ kind: 'header', field: 'kid' });
    expect(placeOf('header', ['x5u'])).toEqual({ kind: 'otherHeader' });
    expect(placeOf('header', ['alg', 'nested'])).toEqual({ kind: 'otherHeader' });
  });

  it('names the claims, the identity and each grant, by its key in the token', () => {
    expect(payload('iss')).toBe('iss');
    expect(payload('nbf')).toBe('nbf');
    expect(payload('grants')).toBe('grants');
    expect(grant('identity')).toBe('identity');
    expect(grant('data_sync')).toBe('sync');
    expect(grant('task_router')).toBe('taskRouter');
    expect(grant('player')).toBe('playback');
    expect(grant('vidoe')).toBe('unknownGrant');
    expect(grant('rtc')).toBe('rtc');
    expect(payload('iss', 'x')).toBe('otherClaim');
    expect(payload('custom')).toBe('otherClaim');
  });

  it('places every option where its descriptor writes it, down to one call parameter', () => {
    expect(grant('video', 'room')).toBe('video.room');
    expect(grant('voice', 'incoming')).toBe('voice.incomingAllow:group');
    expect(grant('voice', 'incoming', 'allow')).toBe('voice.incomingAllow');
    expect(grant('voice', 'outgoing')).toBe('voice.outgoingApplicationSid:group');
    expect(grant('voice', 'outgoing', 'application_sid')).toBe('voice.outgoingApplicationSid');
    expect(grant('voice', 'outgoing', 'params')).toBe('voice.outgoingApplicationParams');
    expect(grant('voice', 'outgoing', 'params', 'To')).toBe(
      'voice.outgoingApplicationParams:member',
    );
    expect(grant('chat', 'service_sid')).toBe('chat.serviceSid');
    expect(grant('data_sync', 'service_sid')).toBe('sync.serviceSid');
    expect(grant('task_router', 'role')).toBe('taskRouter.role');
    expect(grant('player', 'playbackUrl')).toBe('playback.grant:member');
    expect(grant('video', 'roomz')).toBe('otherGrantField');
  });

  it('reads an old grant key with the options of the grant it was renamed to', () => {
    expect(placeOf('payload', ['grants', 'ip_messaging', 'service_sid'])).toEqual({
      kind: 'option',
      grant: 'chat',
      option: 'serviceSid',
      part: 'whole',
      legacy: 'ip_messaging',
    });
    expect(placeOf('payload', ['grants', 'rtc', 'configuration_profile_sid'])).toEqual({
      kind: 'otherGrantField',
      grant: 'rtc',
    });
  });

  it('is not fooled by keys that are JavaScript’s own or spell a path with dots', () => {
    expect(placeOf('header', ['constructor'])).toEqual({ kind: 'otherHeader' });
    expect(payload('__proto__')).toBe('otherClaim');
    expect(grant('toString')).toBe('unknownGrant');
    expect(grant('unknown')).toBe('unknownGrant');
    expect(grant('voice', 'outgoing.application_sid')).toBe('otherGrantField');
    expect(grant('video', 'hasOwnProperty')).toBe('otherGrantField');
  });
});
