import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ElidedJson, MAX_JSON_DEPTH, MAX_NAMED_DUPLICATES, readJson } from './readJson.ts';

/** JSON.parse's answer, the oracle: the value, or that it refuses the text. */
function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const clean = { byteOrderMark: false, duplicateKeys: { names: [], total: 0 }, tooDeep: false };

/** Texts near JSON: valid ones, and ones with a character dropped, doubled or replaced. */
const nearJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.constantFrom('drop', 'double', 'replace', 'none'),
    fc.constantFrom(...Array.from('{}[],:"\\ \t\n0-.eE+tfnu\u0000\ufeff')),
  )
  .map(([text, at, edit, char]) => {
    const index = text.length === 0 ? 0 : at % text.length;
    if (edit === 'drop') return text.slice(0, index) + text.slice(index + 1);
    if (edit === 'double') return text.slice(0, index) + text.charAt(index) + text.slice(index);
    if (edit === 'replace') return text.slice(0, index) + char + text.slice(index + 1);
    return text;
  });

describe('readJson', () => {
  it('reads what JSON.parse reads, and refuses what it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.json({ maxDepth: 6 }), nearJson, fc.string(), fc.string({ unit: 'binary' })),
        (text) => {
          const reading = readJson(text);
          // JSON.parse refuses a leading BOM that readJson reads past and reports.
          const byteOrderMark = text.startsWith('\ufeff');
          const expected = parsed(byteOrderMark ? text.slice(1) : text);
          expect(reading.ok).toBe(expected.ok);
          if (!reading.ok || !expected.ok) return;
          expect(reading.value).toStrictEqual(expected.value);
          expect(reading.quirks.byteOrderMark).toBe(byteOrderMark);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('has nothing to say about JSON.stringify’s own output, however it is indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(readJson(text)).toStrictEqual({
          ok: true,
          value: JSON.parse(text) as unknown,
          quirks: clean,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads numbers and strings exactly as JSON.parse does', () => {
    for (const text of ['1e400', '-1e400', '-0', '1E-400', '123456789012345678901234567890']) {
      expect(readJson(text)).toMatchObject({ ok: true, value: JSON.parse(text) as unknown });
    }
    const escapes = String.raw`"\"\\\/\b\f\n\r\t\u0041\ud800\uDC00\u00e9"`;
    expect(readJson(escapes)).toMatchObject({ ok: true, value: JSON.parse(escapes) as unknown });
    for (const text of [
      '01',
      '1.',
      '.5',
      '-',
      '+1',
      '0x10',
      'NaN',
      '"\u0001"',
      '"\\x41"',
      '"\\u12"',
    ]) {
      expect(readJson(text).ok, text).toBe(false);
    }
  });

  it('keeps __proto__ as an own member, as JSON.parse does, without touching the prototype', () => {
    const reading = readJson('{"__proto__":{"polluted":true},"a":1}');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const value = reading.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  describe('duplicate keys', () => {
    it('keeps the last value, like JSON.parse, and names the key', () => {
      const text = '{"alg":"none","typ":"JWT","alg":"HS256"}';
      expect(readJson(text)).toStrictEqual({
        ok: true,
        value: JSON.parse(text) as unknown,
        quirks: { ...clean, duplicateKeys: { names: ['alg'], total: 1 } },
      });
    });

    it('names each by its path, once however often it repeats', () => {
      const text =
        '{"grants":{"identity":"a","identity":"b","identity":"c"},"x":[0,{"k":1,"k":2}]}';
      const reading = readJson(text);
      expect(reading).toMatchObject({
        ok: true,
        quirks: { duplicateKeys: { names: ['grants.identity', 'x[1].k'], total: 2 } },
      });
    });

    it('names the first few and counts them all', () => {
      const members = Array.from({ length: 500 }, (_, i) => `"k${String(i)}":0,"k${String(i)}":1`);
      const reading = readJson(`{${members.join(',')}}`);
      if (!reading.ok) throw new Error('valid JSON');
      expect(reading.quirks.duplicateKeys.total).toBe(500);
      expect(reading.quirks.duplicateKeys.names).toHaveLength(MAX_NAMED_DUPLICATES);
      expect(reading.quirks.duplicateKeys.names[0]).toBe('k0');
    });
  });

  describe('a byte order mark', () => {
    it('is read past at the start, and reported', () => {
      expect(readJson('\ufeff{"a":1}')).toStrictEqual({
        ok: true,
        value: { a: 1 },
        quirks: { ...clean, byteOrderMark: true },
      });
    });

    it('is not JSON anywhere else', () => {
      for (const text of [' \ufeff{}', '{}\ufeff', '{\ufeff"a":1}', '\ufeff\ufeff{}']) {
        expect(readJson(text).ok, JSON.stringify(text)).toBe(false);
      }
    });
  });

  describe('nesting', () => {
    const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('keeps every level up to the limit', () => {
      expect(readJson(arrays(MAX_JSON_DEPTH))).toStrictEqual({
        ok: true,
        value: JSON.parse(arrays(MAX_JSON_DEPTH)) as unknown,
        quirks: clean,
      });
    });

    it('stands ElidedJson in for what lies deeper, and says so', () => {
      const reading = readJson(
        `{"a":${'{"b":'.repeat(MAX_JSON_DEPTH)}1${'}'.repeat(MAX_JSON_DEPTH)}}`,
      );
      if (!reading.ok) throw new Error('valid JSON');
      expect(reading.quirks.tooDeep).toBe(true);
      // Down the chain to the object at the limit: the top is level 1, `a` level 2.
      let value = (reading.value as Record<string, unknown>).a;
      for (let depth = 2; depth < MAX_JSON_DEPTH; depth += 1) {
        value = (value as Record<string, unknown>).b;
      }
      expect((value as Record<string, unknown>).b).toBe(ElidedJson.object);
    });

    it('reads a hundred thousand levels without recursing, and still checks their syntax', () => {
      expect(readJson(arrays(100_000))).toMatchObject({ ok: true, quirks: { tooDeep: true } });
      expect(readJson(`${'['.repeat(100_000)}${']'.repeat(99_999)}`).ok).toBe(false);
      const duplicateDeep = `${'['.repeat(5000)}{"k":1,"k":2}${']'.repeat(5000)}`;
      expect(readJson(duplicateDeep)).toMatchObject({
        ok: true,
        quirks: { duplicateKeys: { total: 1 }, tooDeep: true },
      });
    });
  });
});
