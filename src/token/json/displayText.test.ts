import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, displayText, DISPLAY_LENGTH, jsonKindOf } from './displayText.ts';
import { ElidedJson } from './readJson.ts';

const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

describe('displayText', () => {
  it('leaves ordinary text of any script alone', () => {
    for (const text of ['alice', '山田 太郎', 'Zoë', 'daily-standup', '🎉 party', 'שלום']) {
      expect(displayText(text)).toBe(text);
    }
  });

  it('shows what would hide or reorder text as escapes', () => {
    expect(displayText('admin\u202Egnp.exe')).toBe(String.raw`admin\u202Egnp.exe`);
    expect(displayText('a\u200bb\ufeffc\u0000d\u2066e')).toBe(
      String.raw`a\u200Bb\uFEFFc\u0000d\u2066e`,
    );
    expect(displayText('tag\u{E0041}\ud800end')).toBe(String.raw`tag\u{E0041}\uD800end`);
  });

  it('cuts long text without splitting a surrogate pair', () => {
    expect(displayText('k'.repeat(500))).toBe(`${'k'.repeat(DISPLAY_LENGTH)}…`);
    expect(clip('ab😀', 3)).toBe('ab…');
    expect(clip('abc', 3)).toBe('abc');
  });

  it('never lets a hidden character through, and stays short', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(200), (text, max) => {
        const shown = displayText(text, max);
        expect(shown).not.toMatch(HIDDEN);
        // Each kept unit takes at most a ten-character escape, plus the ellipsis.
        expect(shown.length).toBeLessThanOrEqual(10 * max + 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('jsonKindOf', () => {
  it('names every JSON type, and what stands for a value cut for depth', () => {
    expect(
      [null, 'a', 1, true, [], {}, ElidedJson.array, ElidedJson.object].map(jsonKindOf),
    ).toEqual(['null', 'string', 'number', 'boolean', 'array', 'object', 'array', 'object']);
  });
});
