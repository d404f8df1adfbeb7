import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareLinkFor, tokenFromFragment } from './shareLink.ts';

const here = { origin: 'https://lab.example', pathname: '/' };

describe('share links', () => {
  it('round-trip a token through the fragment', () => {
    const link = shareLinkFor('a.b.c', here);
    expect(link).toBe('https://lab.example/#token=a.b.c');
    expect(tokenFromFragment(new URL(link).hash)).toBe('a.b.c');
  });

  it('round-trip any string', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (token) => {
        expect(tokenFromFragment(new URL(shareLinkFor(token, here)).hash)).toBe(token);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores other fragments, empty tokens and oversized ones without throwing', () => {
    expect(tokenFromFragment('')).toBeUndefined();
    expect(tokenFromFragment('#setup=x')).toBeUndefined();
    expect(tokenFromFragment('#token=')).toBeUndefined();
    expect(tokenFromFragment(`#token=${'a'.repeat(70_000)}`)).toBeUndefined();
    // Broken percent-encoding decodes leniently (to U+FFFD) rather than throwing.
    expect(tokenFromFragment('#token=%E0%A4%A')).toBe('\uFFFD%A');
    fc.assert(
      fc.property(fc.string(), (hash) => {
        tokenFromFragment(hash);
      }),
      { numRuns: 500 },
    );
  });
});
