import { describe, expect, it } from 'vitest';
import { readJson } from '../json/readJson.ts';
import { jsonEqual } from './jsonEqual.ts';

/** The value readJson gives for a JSON text, as the comparison sees a token's parts. */
const read = (text: string): unknown => {
  const reading = readJson(text);
  if (!reading.ok) throw new Error(`not JSON: ${text}`);
  return reading.value;
};
const equal = (a: string, b: string) => jsonEqual(read(a), read(b));

describe('jsonEqual', () => {
  it('ignores the order of members, never the order of items', () => {
    expect(equal('{"alg":"HS256","typ":"JWT"}', '{ "typ": "JWT", "alg": "HS256" }')).toBe(true);
    expect(equal('[1,2]', '[2,1]')).toBe(false);
    expect(equal('{"a":{"b":[1,{"c":null}]}}', '{"a":{"b":[1,{"c":null}]}}')).toBe(true);
  });

  it('tells types apart: a number from its text, an object from an array, null from absent', () => {
    expect(equal('{"exp":3600}', '{"exp":"3600"}')).toBe(false);
    expect(equal('{"a":{}}', '{"a":[]}')).toBe(false);
    expect(equal('{"a":null}', '{}')).toBe(false);
    expect(equal('{"a":1}', '{"b":1}')).toBe(false);
    expect(equal('{"a":1,"b":2}', '{"a":1}')).toBe(false);
  });

  it('reads the same number however it is written, as JSON.parse does', () => {
    expect(equal('{"n":1.0}', '{"n":1}')).toBe(true);
    expect(equal('{"n":1e3}', '{"n":1000}')).toBe(true);
  });

  it('compares __proto__ as the own member JSON.parse makes of it', () => {
    expect(equal('{"__proto__":{"x":1}}', '{"__proto__":{"x":2}}')).toBe(false);
    expect(equal('{"__proto__":{"x":1}}', '{"__proto__":{"x":1}}')).toBe(true);
  });

  it('walks deep nesting without recursion', () => {
    const deep = (leaf: string) => {
      let value: unknown = leaf;
      for (let level = 0; level < 100_000; level += 1) value = [value];
      return value;
    };
    expect(jsonEqual(deep('a'), deep('a'))).toBe(true);
    expect(jsonEqual(deep('a'), deep('b'))).toBe(false);
  });

  it('counts what the reader dropped past its depth as equal: the caller checks tooDeep', () => {
    const nested = (leaf: string) => `${'['.repeat(150)}"${leaf}"${']'.repeat(150)}`;
    expect(equal(nested('a'), nested('b'))).toBe(true);
  });
});
