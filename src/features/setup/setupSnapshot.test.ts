import { describe, expect, it } from 'vitest';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { compactSnapshot, restoreSnapshot, takeSnapshot } from './setupSnapshot.ts';

const filled: GenerateFormInput = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: 'AC' + 'a'.repeat(32),
  apiKeySid: 'SK' + 'b'.repeat(32),
  apiKeySecret: 'super-secret-value-000000000000',
  identity: 'アリス',
  ttl: '600',
  nbf: '1767225600',
  region: 'ie1',
  grants: {
    ...GENERATE_FORM_DEFAULTS.grants,
    video: { enabled: false, room: '' },
    voice: { ...GENERATE_FORM_DEFAULTS.grants.voice, enabled: true, incomingAllow: true },
  },
};

describe('takeSnapshot', () => {
  it('keeps the setup and drops the secret and Not before', () => {
    const snapshot = takeSnapshot(filled);
    expect(snapshot).not.toHaveProperty('apiKeySecret');
    expect(snapshot).not.toHaveProperty('nbf');
    expect(JSON.stringify(snapshot)).not.toContain(filled.apiKeySecret);
    expect(snapshot.identity).toBe('アリス');
    expect(snapshot.grants.voice.incomingAllow).toBe(true);
  });
});

describe('restoreSnapshot', () => {
  it('round-trips a snapshot, with the secret and Not before empty', () => {
    expect(restoreSnapshot(JSON.parse(JSON.stringify(takeSnapshot(filled))))).toEqual({
      ...filled,
      apiKeySecret: '',
      nbf: '',
    });
  });

  it('fills what a compact snapshot leaves out from the defaults', () => {
    const compact = compactSnapshot(takeSnapshot(filled));
    expect(compact).toEqual({
      accountSid: filled.accountSid,
      apiKeySid: filled.apiKeySid,
      identity: 'アリス',
      ttl: '600',
      region: 'ie1',
      grants: { video: { enabled: false }, voice: { enabled: true, incomingAllow: true } },
    });
    expect(restoreSnapshot(compact)).toEqual({ ...filled, apiKeySecret: '', nbf: '' });
  });

  it('ignores unknown keys, and never takes a secret from its input', () => {
    const restored = restoreSnapshot({ identity: 'bob', apiKeySecret: 'x', extra: { a: 1 } });
    expect(restored?.identity).toBe('bob');
    expect(restored?.apiKeySecret).toBe('');
    expect(restored).not.toHaveProperty('extra');
  });

  it('does not follow __proto__ or constructor keys', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "grants": {"__proto__": {"polluted": true}}}',
    );
    const restored = restoreSnapshot(hostile);
    expect(restored).toEqual({ ...GENERATE_FORM_DEFAULTS });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['null', null],
    ['a number where text belongs', { identity: Number.NaN }],
    ['text where a switch belongs', { grants: { video: { enabled: 'yes' } } }],
    ['an object where text belongs', { identity: { toString: 'x' } }],
    ['a list where a grant belongs', { grants: { voice: [] } }],
    ['text longer than any setup', { identity: 'x'.repeat(20_000) }],
    ['an algorithm the form does not offer', { algorithm: 'none' }],
    ['an algorithm in the wrong case', { algorithm: 'hs512' }],
    ['an asymmetric algorithm', { algorithm: 'RS256' }],
  ])('refuses %s', (_case, input) => {
    expect(restoreSnapshot(input)).toBeUndefined();
  });

  it('takes a number for a text field as its decimal text', () => {
    expect(restoreSnapshot({ ttl: 600 })?.ttl).toBe('600');
  });
});
