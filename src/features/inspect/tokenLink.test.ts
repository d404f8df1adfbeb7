import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH } from '../../token/diagnose/limits.ts';
import { readTokenLink, shareLinkFor, type TokenLink } from './tokenLink.ts';

const here = { origin: 'https://lab.example', pathname: '/' };

describe('share links', () => {
  it('round-trip a token through the fragment', () => {
    const link = shareLinkFor('a.b.c', here);
    expect(link).toBe('https://lab.example/#token=a.b.c');
    expect(readTokenLink(new URL(link).hash)).toEqual({ kind: 'token', token: 'a.b.c' });
  });
});

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const segment = (minLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 63 }).map((index) => BASE64URL.charAt(index)),
    minLength,
    maxLength: 200,
  });
/** What the inspector offers to share: a token it could decode, signed or with `alg: none`. */
const tokenShaped = fc.tuple(segment(1), segment(1), segment(0)).map((parts) => parts.join('.'));
/** A token shape of exactly `length` characters. */
const tokenOfLength = (length: number) => `a.b.${'c'.repeat(length - 4)}`;

const unreadable: TokenLink = { kind: 'unusable', reason: 'unreadable' };
const tooLarge: TokenLink = { kind: 'unusable', reason: 'tooLarge' };

describe('readTokenLink', () => {
  it('reads back every link the inspector makes', () => {
    fc.assert(
      fc.property(tokenShaped, (token) => {
        const { hash } = new URL(shareLinkFor(token, here));
        expect(readTokenLink(hash)).toEqual({ kind: 'token', token });
      }),
      { numRuns: 500 },
    );
  });

  it('is none of its business when the fragment holds no token', () => {
    for (const hash of ['', '#', '#setup=eyJ9', '#tokens=a.b.c', '#xtoken=a.b.c', 'token']) {
      expect(readTokenLink(hash), hash).toEqual({ kind: 'none' });
    }
  });

  it('says a token longer than the inspector reads is too large, however it is encoded', () => {
    expect(readTokenLink(`#token=${tokenOfLength(MAX_TOKEN_LENGTH)}`)).toEqual({
      kind: 'token',
      token: tokenOfLength(MAX_TOKEN_LENGTH),
    });
    expect(readTokenLink(`#token=${tokenOfLength(MAX_TOKEN_LENGTH + 1)}`)).toEqual(tooLarge);
    // Percent-encoded, the same token is three times as long and still only as large.
    const encoded = tokenOfLength(MAX_TOKEN_LENGTH).replace(
      /./g,
      (char) => `%${char.charCodeAt(0).toString(16)}`,
    );
    expect(readTokenLink(`#token=${encoded}`)).toMatchObject({ kind: 'token' });
    expect(readTokenLink(`#token=${'a'.repeat(1_000_000)}`)).toEqual(tooLarge);
  });

  it.each([
    ['an empty token', '#token='],
    ['a cut percent-escape', '#token=%E0%A4%A'],
    ['a byte that is not UTF-8', '#token=a.b.%FF'],
    ['two tokens', '#token=a.b.c&token=d.e.f'],
    ['words', '#token=hello%20world'],
    ['two parts', '#token=a.b'],
    ['four parts', '#token=a.b.c.d'],
    ['standard base64', '#token=a+b.c/d.e'],
    ['padding', '#token=a.b.c%3D'],
    ['spaces around', '#token=%20a.b.c'],
    ['markup', '#token=%3Cimg%20src%3Dx%3E.b.c'],
  ])('refuses %s as unreadable', (_name, hash) => {
    expect(readTokenLink(hash)).toEqual(unreadable);
  });

  it('never throws, and hands on only a token of readable size and shape', () => {
    const hash = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((text) => `#token=${text}`),
      fc.string({ unit: 'binary' }).map((text) => `#token=${encodeURIComponent(text)}`),
      fc
        .array(fc.constantFrom('%', 'E0', 'FF', 'A', '.', '&', 'token=', '='), { maxLength: 30 })
        .map((parts) => `#token=${parts.join('')}`),
    );
    fc.assert(
      fc.property(hash, (text) => {
        const link = readTokenLink(text);
        if (link.kind !== 'token') return;
        expect(link.token.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
        expect(link.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
      }),
      { numRuns: 1000 },
    );
  });
});
