import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseToken } from '../../src/token/diagnose/diagnoseToken.ts';
import { MAX_LISTED_NAMES } from '../../src/token/diagnose/nameList.ts';
import { DISPLAY_LENGTH } from '../../src/token/json/displayText.ts';
import {
  HAND_MADE_LIBRARIES,
  identifyLibrary,
  type Identification,
  type Library,
} from '../../src/token/fingerprint/index.ts';
import { LIBRARIES } from '../../src/token/grants/grant.ts';
import { identify, jsonTexts, unsignedToken } from '../fingerprint/identify.ts';
import { NODE_TOKEN } from '../fingerprint/node.ts';
import { PYTHON_SAMPLES } from '../fingerprint/python.ts';
import { HOSTILE_JSON_NOW, hostileJsonToken } from '../support/hostileJson.ts';
import { HOSTILE_NOW, hostileTokens } from '../support/hostileTokens.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { hostileText } from './hostile.ts';
import { anyPaste, INSPECTOR_NOW, randomJwt } from './pasted.ts';

/** Everything a fingerprint may say: known codes, one answer per verdict, bounded lists. */
function expectWellFormed(identification: Identification): void {
  const { verdict, library, handMadeWith, candidates, evidence, quirks } = identification;
  expect(['library', 'handMade', 'unknown']).toContain(verdict);
  expect(library !== undefined).toBe(verdict === 'library');
  if (library !== undefined) expect(LIBRARIES).toContain(library);
  if (handMadeWith !== undefined) {
    expect(verdict).toBe('handMade');
    expect(HAND_MADE_LIBRARIES).toContain(handMadeWith);
  }
  if (verdict !== 'library') expect(quirks).toEqual([]);
  expect(candidates.length).toBeLessThanOrEqual(LIBRARIES.length);
  expect(evidence.length).toBeLessThanOrEqual(16);
  for (const item of evidence) {
    const names =
      item.code === 'headerOrder' || item.code === 'payloadOrder' || item.code === 'grantsOrder'
        ? item.members.names
        : item.code === 'customClaims'
          ? item.names.names
          : item.code === 'notLibrary' && item.name !== undefined
            ? [item.name]
            : [];
    expect(names.length).toBeLessThanOrEqual(MAX_LISTED_NAMES);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(DISPLAY_LENGTH + 1);
  }
}

describe('identifyLibrary, on what the inspector decodes', () => {
  it(
    'never throws, and says something well-formed about any paste',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyPaste, randomJwt), (input) => {
          const { decoded } = diagnoseToken(input, { now: INSPECTOR_NOW });
          if (decoded) expectWellFormed(identifyLibrary(decoded));
        }),
        fuzzRuns('identifyAnyPaste'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads hostile JSON at the size limit (deep, wide, duplicated, BOMs) without throwing',
    () => {
      fc.assert(
        fc.property(hostileJsonToken, ({ token }) => {
          const { decoded } = diagnoseToken(token, { now: HOSTILE_JSON_NOW });
          if (decoded) expectWellFormed(identifyLibrary(decoded));
        }),
        fuzzRuns('identifyHostileJson'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('reads each of the benchmark’s worst tokens quickly', () => {
    for (const { name, token } of hostileTokens()) {
      const { decoded } = diagnoseToken(token, { now: HOSTILE_NOW });
      if (!decoded) throw new Error(`${name} did not decode`);
      const start = performance.now();
      expectWellFormed(identifyLibrary(decoded));
      // About a millisecond here; the bound only catches a slow path, on a busy machine.
      expect(performance.now() - start, name).toBeLessThan(1000);
    }
  });
});

/**
 * A token whose payload holds `base`'s members in another order, or some of them; `same` when
 * the library still writes that (the order kept, at most `nbf` left out).
 */
const reordered = (base: string, library: Library) => {
  const { header, payload } = jsonTexts(base);
  const members = Object.entries(JSON.parse(payload) as Record<string, unknown>);
  const keys = members.map(([key]) => key);
  return fc.shuffledSubarray(members, { minLength: 1 }).map((picked) => {
    const kept = picked.map(([key]) => key);
    const inOrder = kept.every(
      (key, i) => i === 0 || keys.indexOf(key) > keys.indexOf(kept[i - 1] ?? ''),
    );
    const dropped = keys.filter((key) => !kept.includes(key));
    return {
      token: unsignedToken(header, JSON.stringify(Object.fromEntries(picked))),
      same: inOrder && dropped.every((key) => key === 'nbf'),
      library,
    };
  });
};

describe('identifyLibrary, on layouts near a library’s', () => {
  it(
    'never names the library whose token had its payload shuffled or cut',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            reordered(NODE_TOKEN, 'node'),
            reordered(PYTHON_SAMPLES.voiceVideo.token, 'python'),
          ),
          ({ token, same, library }) => {
            const identification = identify(token);
            expectWellFormed(identification);
            // Another library may fit the new order (C# with node's header and iss, exp, jti…).
            if (same) expect(identification.library).toBe(library);
            else expect(identification.library).not.toBe(library);
          },
        ),
        fuzzRuns('identifyShuffledMembers'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on library-like members holding any values',
    () => {
      const member = fc.oneof(fc.jsonValue(), hostileText, fc.constant(null));
      const header = fc.dictionary(
        fc.constantFrom('alg', 'typ', 'cty', 'twr', 'kid', '__proto__', '0'),
        member,
      );
      const payload = fc.dictionary(
        fc.constantFrom('jti', 'iss', 'sub', 'exp', 'nbf', 'iat', 'grants', '__proto__', '1'),
        fc.oneof(member, fc.dictionary(fc.constantFrom('identity', 'video', 'player'), member)),
      );
      fc.assert(
        fc.property(header, payload, (h, p) => {
          expectWellFormed(identify(unsignedToken(JSON.stringify(h), JSON.stringify(p))));
        }),
        fuzzRuns('identifyLibraryLike'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
