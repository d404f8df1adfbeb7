import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson } from './formatJson.ts';
import { ElidedJson, MAX_JSON_DEPTH, readJson } from './readJson.ts';

/** The characters formatJson must never write as they are. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

describe('formatJson', () => {
  it('writes what JSON.stringify writes, indented or on one line', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(formatJson(value)).toBe(JSON.stringify(value, null, 2));
        expect(formatJson(value, { indent: 0 })).toBe(JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes JSON that reads back to the same value, with every hidden character escaped', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5, stringUnit: 'binary' }), (value) => {
        // On one line, so no line break of the layout is mistaken for one of the data.
        const line = formatJson(value, { indent: 0 });
        expect(line).not.toMatch(HIDDEN);
        expect(JSON.stringify(JSON.parse(line))).toBe(JSON.stringify(value));
        expect(JSON.stringify(JSON.parse(formatJson(value)))).toBe(JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('shows bidi overrides, zero-width spaces and tag characters as escapes', () => {
    expect(formatJson({ name: 'admin\u202Egnp.exe\u200b\u{E0041}\u2028' }, { indent: 0 })).toBe(
      String.raw`{"name":"admin\u202Egnp.exe\u200B\uDB40\uDC41\u2028"}`,
    );
  });

  it('stops at the depth limit and writes what lies deeper as […] or {…}', () => {
    let value: unknown = 1;
    for (let level = 0; level < 20_000; level += 1) value = level % 2 ? [value] : { a: value };
    const text = formatJson(value, { indent: 0 });
    expect(text).toMatch(/^(\{"a":|\[)+(\[…\]|\{…\})(\}|\])+$/);
    expect((text.match(/[[{]/g) ?? []).length).toBe(MAX_JSON_DEPTH + 1);
    const reading = readJson(`[${'['.repeat(500)}${']'.repeat(500)}]`);
    if (!reading.ok) throw new Error('valid JSON');
    expect(formatJson(reading.value, { indent: 0 })).toBe(
      `${'['.repeat(MAX_JSON_DEPTH)}[…]${']'.repeat(MAX_JSON_DEPTH)}`,
    );
    expect(formatJson([ElidedJson.array, ElidedJson.object], { indent: 0 })).toBe('[[…],{…}]');
  });

  it('stops at the length limit, however deep the indentation', () => {
    const reading = readJson(
      `${'['.repeat(99)}${Array(5000).fill('0').join(',')}${']'.repeat(99)}`,
    );
    if (!reading.ok) throw new Error('valid JSON');
    const text = formatJson(reading.value, { maxLength: 10_000 });
    expect(text.length).toBeLessThanOrEqual(10_001);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never calls a value’s methods, and writes what JSON cannot as JSON.stringify would', () => {
    const toJSON = () => {
      throw new Error('called toJSON');
    };
    const value = {
      nan: Number.NaN,
      infinite: [Number.POSITIVE_INFINITY],
      missing: undefined,
      holes: [undefined, () => 1],
      big: 10n,
      symbol: Symbol('s'),
      hostile: { toJSON, toString: 'not a function' },
    };
    expect(formatJson(value, { indent: 0 })).toBe(
      '{"nan":null,"infinite":[null],"holes":[null,null],"big":10,"hostile":{"toString":"not a function"}}',
    );
  });
});
