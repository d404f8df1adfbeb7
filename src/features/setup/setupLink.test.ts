import { describe, expect, it } from 'vitest';
import { GENERATE_FORM_DEFAULTS } from '../../token/validation/generateFormSchema.ts';
import { MAX_SETUP_FRAGMENT_LENGTH, setupFromFragment, setupLink } from './setupLink.ts';

const values = {
  ...GENERATE_FORM_DEFAULTS,
  accountSid: 'AC' + '1'.repeat(32),
  apiKeySecret: 'never-in-a-link-0000000000000000',
  identity: 'ユーザー 😀 "quoted"',
  grants: { ...GENERATE_FORM_DEFAULTS.grants, video: { enabled: true, room: 'standup' } },
};

describe('setupLink', () => {
  it('puts the setup in the fragment, without the secret, and reads it back', () => {
    const link = setupLink(values, 'https://lab.example/tools/?x=1#token=abc');
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://lab.example/tools/?x=1');
    expect(url.hash).toMatch(/^#setup=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain(values.apiKeySecret);
    expect(atob(url.hash.slice(7).replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('never');
    expect(setupFromFragment(url.hash)).toEqual({
      kind: 'setup',
      values: { ...values, apiKeySecret: '' },
    });
  });

  it('carries a TTL written as a duration as it was typed, for the form to read', () => {
    const link = setupLink({ ...values, ttl: '1h30m' }, 'https://lab.example/');
    const read = setupFromFragment(new URL(link).hash);
    expect(read).toEqual({ kind: 'setup', values: { ...values, ttl: '1h30m', apiKeySecret: '' } });
    // Not before is a moment, stale by the next visit: never carried, however it was written.
    const withNbf = setupLink({ ...values, nbf: '+10m' }, 'https://lab.example/');
    expect(setupFromFragment(new URL(withNbf).hash)).toMatchObject({ values: { nbf: '' } });
  });

  it('carries only what differs from the defaults', () => {
    const link = setupLink(GENERATE_FORM_DEFAULTS, 'https://lab.example/');
    expect(link).toBe('https://lab.example/#setup=e30');
  });
});

describe('setupFromFragment', () => {
  it('ignores other fragments', () => {
    expect(setupFromFragment('')).toEqual({ kind: 'none' });
    expect(setupFromFragment('#token=eyJ')).toEqual({ kind: 'none' });
  });

  const encode = (text: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(text)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');

  it.each([
    ['not base64url', '#setup=%%%'],
    ['base64 with padding and +/', '#setup=ab+/=='],
    ['one character too many for base64', '#setup=abcde'],
    ['not UTF-8', `#setup=${encode('')}_w`],
    ['not JSON', `#setup=${encode('{identity:')}`],
    ['JSON of the wrong shape', `#setup=${encode('{"grants": "all"}')}`],
    ['a JSON list', `#setup=${encode('[1,2,3]')}`],
    ['far too long', `#setup=${'A'.repeat(MAX_SETUP_FRAGMENT_LENGTH + 4)}`],
  ])('reports %s as unreadable, without throwing', (_case, hash) => {
    expect(setupFromFragment(hash)).toEqual({ kind: 'unreadable' });
  });
});
