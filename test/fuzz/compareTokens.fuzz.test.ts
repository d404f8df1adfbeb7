import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTokens, type TokenComparison } from '../../src/token/compare/compareTokens.ts';
import { MAX_DIFFERENCES, MAX_VALUE_TEXT } from '../../src/token/compare/differences.ts';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { anyPaste, INSPECTOR_NOW, randomJwt, wrap, wrapping } from './pasted.ts';
import { validRequest } from './requests.ts';

/**
 * Two pastes side by side: whatever they hold, the comparison never throws, stays bounded, says
 * the same both ways round, and counts what a naive second implementation counts.
 */

const compare = (first: string, second: string) =>
  compareTokens(first, second, { now: INSPECTOR_NOW });

function expectBounded({ differences, verdict }: TokenComparison) {
  expect(differences.items.length).toBe(Math.min(differences.total, MAX_DIFFERENCES));
  if (verdict.kind !== 'different') expect(differences.total).toBe(0);
  for (const item of differences.items) {
    for (const value of [item.first, item.second]) {
      if (value.present) expect(value.text.length).toBeLessThanOrEqual(MAX_VALUE_TEXT + 1);
    }
  }
}

/** The JSON of a segment, read with JSON.parse: the oracle's own reading. */
function parsed(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Differences counted the plain recursive way: members of objects in both, else whole values. */
function naiveCount(a: Record<string, unknown>, b: Record<string, unknown>): number {
  let count = 0;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [inA, inB] = [Object.hasOwn(a, key), Object.hasOwn(b, key)];
    const [valueA, valueB] = [a[key], b[key]];
    if (inA && inB && isObject(valueA) && isObject(valueB)) count += naiveCount(valueA, valueB);
    else if (!inA || !inB || JSON.stringify(valueA) !== JSON.stringify(sorted(valueA, valueB)))
      count += 1;
  }
  return count;
}

/** `b` with its object members in `a`'s order, so JSON.stringify compares content only. */
function sorted(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return b.map((item, index) => sorted(a[index], item));
  if (!isObject(a) || !isObject(b)) return b;
  const keys = [...Object.keys(a).filter((key) => Object.hasOwn(b, key)), ...Object.keys(b)];
  return Object.fromEntries([...new Set(keys)].map((key) => [key, sorted(a[key], b[key])]));
}

describe('compareTokens, on any two pastes', () => {
  it(
    'never throws, stays bounded and says the same both ways round',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyPaste, randomJwt), fc.oneof(anyPaste, randomJwt), (a, b) => {
          const there = compare(a, b);
          const back = compare(b, a);
          expectBounded(there);
          expect(back.verdict.kind).toBe(there.verdict.kind);
          expect(back.differences.total).toBe(there.differences.total);
          expect(back.first).toEqual(there.second);
          const normalized = there.first.diagnosis.normalized;
          const same = normalized !== '' && normalized === there.second.diagnosis.normalized;
          if (a.trim() !== '' && b.trim() !== '') {
            expect(there.verdict.kind === 'identical').toBe(same);
          }
        }),
        fuzzRuns('compareAnyPastes'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'counts the differences of random JWTs as a naive reading does',
    () => {
      fc.assert(
        fc.property(randomJwt, randomJwt, (a, b) => {
          const { verdict, differences, first, second } = compare(a, b);
          if (verdict.kind !== 'different') return;
          if (verdict.beyondDepth.length > 0) return;
          const quirks = [first.diagnosis.decoded?.quirks, second.diagnosis.decoded?.quirks];
          // Past the reader's depth, the two readings differ on purpose.
          if (quirks.some((item) => item?.header.tooDeep || item?.payload.tooDeep)) return;
          const [headerA, payloadA] = a.split('.').map(parsed);
          const [headerB, payloadB] = b.split('.').map(parsed);
          if (
            !isObject(headerA) ||
            !isObject(payloadA) ||
            !isObject(headerB) ||
            !isObject(payloadB)
          )
            return;
          expect(differences.total).toBe(
            naiveCount(headerA, headerB) + naiveCount(payloadA, payloadB),
          );
        }),
        fuzzRuns('compareRandomJwts'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('compareTokens, on tokens the core signed', () => {
  it(
    'calls a token identical to itself however copying wrapped it, and differs from another only where the payload does',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          validRequest,
          validRequest,
          wrapping,
          async (requestA, requestB, layers) => {
            const [{ jwt: a }, { jwt: b }] = await Promise.all([
              createAccessToken(requestA),
              createAccessToken(requestB),
            ]);
            const self = compare(wrap(a, layers), a);
            expect(self.verdict.kind).toBe(
              self.first.diagnosis.normalized ? 'identical' : 'unreadable',
            );
            const { verdict } = compare(a, b);
            if (a === b) expect(verdict).toEqual({ kind: 'identical' });
            else expect(['different', 'signatureOnly', 'unreadable']).toContain(verdict.kind);
          },
        ),
        fuzzRuns('compareCleanTokens'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
