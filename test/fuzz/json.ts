import fc from 'fast-check';
import { hostileText } from './hostile.ts';

/**
 * JSON for the Playback grant, which the core copies into the token as it is. Test code only.
 */

/** Keys of any script, and the ones that are special to JavaScript objects. */
const key = fc.oneof(
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '', '0', '-1'), weight: 1 },
);

/** JSON objects no deeper than Twilio's own PlaybackGrant, with any members. */
export const jsonObject: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  key,
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 6 },
);

/**
 * `depth` levels of objects and arrays in turn, built without recursion. It tells fast-check how
 * to print it (in a member no spread or JSON.stringify sees), as printing it would overflow.
 */
export function nested(depth: number): Record<string, unknown> {
  let value: unknown = null;
  for (let level = 1; level < depth; level += 1) value = level % 2 === 0 ? { a: value } : [value];
  const outer = { a: value };
  Object.defineProperty(outer, fc.toStringMethod, { value: () => `nested(${depth})` });
  return outer;
}

/** The same nesting as JSON text, written out without JSON.stringify. */
export const nestedText = (depth: number) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** Number texts JSON.parse turns into something JSON.stringify writes differently. */
const NUMBER_TEXTS = ['1e400', '-1e400', '-0', '1E-400', '123456789012345678901234567890'];

/** What a person might paste as the grant, and what a caller might pass. */
export const playbackGrant: fc.Arbitrary<unknown> = fc.oneof(
  jsonObject,
  fc.jsonValue(),
  fc.json().map((text): unknown => JSON.parse(text)),
  fc
    .oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1000, max: 20_000 }))
    .map((depth) => nested(depth)),
  fc
    .tuple(key, fc.constantFrom(...NUMBER_TEXTS))
    .map(([name, number]): unknown => JSON.parse(`{${JSON.stringify(name)}:${number}}`)),
  // Values of the typed API that JSON has no way to write.
  fc
    .constantFrom<() => unknown>(
      () => ({ a: Number.NaN }),
      () => ({ a: [Number.POSITIVE_INFINITY] }),
      () => ({ a: undefined }),
      () => ({ a: 1n }),
      () => ({ a: () => 1 }),
      () => ({ a: Symbol('s') }),
      () => ({ a: new Date(0) }),
      () => ({ a: new Map([[1, 2]]) }),
      () => {
        const cycle: Record<string, unknown> = {};
        cycle.self = cycle;
        return cycle;
      },
      () => Object.assign(Object.create(null) as object, { a: 1 }),
    )
    .map((make) => make()),
);
