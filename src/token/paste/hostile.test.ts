import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJwt } from './findJwt.ts';
import { MAX_PASTE_LOOK } from './limits.ts';
import { recognisePaste } from './recognisePaste.ts';

/** Far over what the shared machine needs for one linear pass; a quadratic one takes seconds. */
const BUDGET_MS = 250;

function timed(text: string) {
  const start = performance.now();
  const reading = recognisePaste(text);
  return { reading, ms: performance.now() - start };
}

const MB = 1024 * 1024;

describe('hostile pastes', () => {
  it.each([
    ['a megabyte of eyJ with no dot', 'eyJ'.repeat(MB / 3)],
    ['runs of JWT characters split by dots', 'eyJa.'.repeat(MB / 5)],
    ['a megabyte of spaces around a word', `${' '.repeat(MB / 2)}x${' '.repeat(MB / 2)}`],
    ['deeply nested JSON', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`],
    ['deeply nested arrays', '['.repeat(MAX_PASTE_LOOK)],
    ['an endless tag', `<${'a'.repeat(MB)}`],
    ['an HTML title that never closes', `<html><title>${'x'.repeat(MB)}`],
    ['a query string of ampersands', `https://x/?${'&'.repeat(MB)}`],
    ['a query of broken escapes', `token=${'%E0%A4%A'.repeat(MB / 9)}`],
    ['a million lines', 'a:b\n'.repeat(MB / 4)],
    ['curl with nothing in it', `curl ${'-H x '.repeat(MB / 5)}`],
    ['Python str() unclosed', `<AccessToken ${'eyJ.'.repeat(MB / 4)}`],
    ['lone surrogates', '\ud800'.repeat(MB)],
  ])('%s: no throw, in bounded time', (_name, text) => {
    const { reading, ms } = timed(text);
    expect(reading.kind).toBeDefined();
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('looks only at the head of a huge paste', () => {
    const token = 'eyJh.eyJp.c2ln';
    expect(recognisePaste(`${'x '.repeat(MAX_PASTE_LOOK)} ${token}`).kind).toBe('unknown');
    expect(findJwt(`${'x '.repeat(10)} ${token}`)).toBe(token);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(recognisePaste(text).kind).toBeDefined();
      }),
      { numRuns: 2000, seed: 20 },
    );
  });

  it('never throws on strings made of the characters recognisers look for', () => {
    const pieces = fc.constantFrom(
      'eyJ',
      '.',
      '{',
      '}',
      '"token":',
      '[',
      ']',
      '<',
      '>',
      '<Response>',
      '<html>',
      '<title>',
      '?',
      '#',
      '&',
      '=',
      'token',
      '%',
      'curl ',
      'Authorization: Bearer ',
      '\n',
      ' ',
      'AC',
      '0123456789abcdef',
      '[object Object]',
      '<AccessToken ',
      '&{0x1 ',
      '\\',
      'null',
      '1',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        expect(recognisePaste(parts.join('')).kind).toBeDefined();
      }),
      { numRuns: 3000, seed: 20 },
    );
  });
});
