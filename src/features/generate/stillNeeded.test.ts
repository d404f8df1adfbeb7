import { describe, expect, it } from 'vitest';
import { focusTarget, problemPaths, stillNeeded } from './stillNeeded.ts';

const filled = ['AC' + 'a'.repeat(32), 'SK' + 'b'.repeat(32), 'c'.repeat(32), 'alice', '14400'];

describe('stillNeeded', () => {
  it('names every required field left empty on a first visit, in the form’s order', () => {
    expect(stillNeeded(['', '', '', '', '14400'], [true], new Set())).toEqual([
      'accountSid',
      'apiKeySid',
      'apiKeySecret',
      'identity',
    ]);
  });

  it('counts spaces as empty, but not a TTL typed as a number', () => {
    expect(stillNeeded([...filled.slice(0, 3), '  ', 3600], [true], new Set())).toEqual([
      'identity',
    ]);
  });

  it('asks for a grant when none is on, and adds each field with a problem', () => {
    expect(
      stillNeeded(filled, [false, false], new Set(['grants.voice.outgoingApplicationSid', 'ttl'])),
    ).toEqual(['ttl', 'grants', 'grants.voice.outgoingApplicationSid']);
  });

  it('is empty when the form can make a token', () => {
    expect(stillNeeded(filled, [true], new Set())).toEqual([]);
  });
});

describe('problemPaths', () => {
  it('reads the paths of react-hook-form’s nested errors, the grants group among them', () => {
    const errors = {
      identity: { type: 'custom', message: 'x', ref: { name: 'identity' } },
      grants: {
        type: 'custom',
        message: 'no grant',
        voice: { pushCredentialSid: { type: 'custom', message: 'y' } },
      },
    };
    expect([...problemPaths(errors)].sort()).toEqual([
      'grants',
      'grants.voice.pushCredentialSid',
      'identity',
    ]);
  });

  it('finds nothing in no errors', () => {
    expect(problemPaths({}).size).toBe(0);
    expect(problemPaths(undefined).size).toBe(0);
  });
});

describe('focusTarget', () => {
  it('sends the grants group to its first switch', () => {
    expect(focusTarget('grants')).toBe('grants.video.enabled');
    expect(focusTarget('identity')).toBe('identity');
  });
});
