import { describe, expect, it } from 'vitest';
import { HOSTILE_NOW, hostileTokens } from '../../../test/support/hostileTokens.ts';
import { compareTokens, type TokenComparison } from './compareTokens.ts';
import { MAX_DIFFERENCES, MAX_VALUE_TEXT } from './differences.ts';

const tokens = hostileTokens();
const byName = (name: string) => {
  const found = tokens.find((item) => item.name === name);
  if (!found) throw new Error(`no hostile token named ${name}`);
  return found.token;
};
const clean = byName('a real token with every grant');
const compare = (first: string, second: string) =>
  compareTokens(first, second, { now: HOSTILE_NOW });

/** Invisible and reordering characters, which safe display text writes as escapes. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** What the view may show of a comparison is bounded, whatever the tokens hold. */
function expectBounded(comparison: TokenComparison) {
  const { items, total } = comparison.differences;
  expect(items.length).toBe(Math.min(total, MAX_DIFFERENCES));
  for (const item of items) {
    // Cut with an ellipsis: at most one character more than the limit.
    expect(item.path.length).toBeLessThanOrEqual(161);
    expect(item.path).not.toMatch(HIDDEN);
    for (const value of [item.first, item.second]) {
      if (!value.present) continue;
      expect(value.text.length).toBeLessThanOrEqual(MAX_VALUE_TEXT + 1);
      expect(value.text).not.toMatch(HIDDEN);
    }
  }
}

/** The top-level keys of a token's payload, read in the test with JSON.parse. */
const claimsOf = (token: string) =>
  Object.keys(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as object);

describe('compareTokens on hostile tokens at the size limit', () => {
  it.each(tokens.map((item) => [item.name, item.token] as const))(
    '%s: beside a real token and beside itself, bounded and never throwing',
    (_name, token) => {
      expectBounded(compare(clean, token));
      expectBounded(compare(token, clean));
      expect(compare(token, token).verdict).toEqual({ kind: 'identical' });
    },
  );

  it('every pair of them, both ways round, counts the same differences', () => {
    for (const first of tokens) {
      for (const second of tokens) {
        const there = compare(first.token, second.token).differences;
        const back = compare(second.token, first.token).differences;
        expect([back.total, back.items.length], `${first.name} / ${second.name}`).toEqual([
          there.total,
          there.items.length,
        ]);
      }
    }
    // A correctness check, not a timing (the bench times these): a loaded machine needs longer.
  }, 60_000);

  it('lists the first 50 of thousands of extra claims, and counts them all', () => {
    const many = byName('thousands of claims');
    const extra = claimsOf(many).filter((key) => /^c\d+$/.test(key));
    expect(extra.length).toBeGreaterThan(1000);
    const { items, total } = compare(clean, many).differences;
    // The clean token's grants differ from the plain Video grant in six grants.
    expect(total).toBe(extra.length + 6);
    expect(items).toHaveLength(MAX_DIFFERENCES);
    expect(items.slice(6, 8).map((item) => [item.path, item.place, item.consequence])).toEqual([
      ['c0', { kind: 'otherClaim' }, { code: 'notReadByTwilio', params: {} }],
      ['c1', { kind: 'otherClaim' }, { code: 'notReadByTwilio', params: {} }],
    ]);
  });

  it('shows hidden characters as escapes, cut short', () => {
    const bidi = byName('a string of escaped bidi overrides');
    const [note] = compare(clean, bidi).differences.items.filter((item) => item.path === 'note');
    expect(note?.first).toEqual({ present: false });
    expect(note?.second).toEqual({
      present: true,
      kind: 'string',
      text: `"${'\\u202E'.repeat(19)}\\u202…`,
    });
  });
});
