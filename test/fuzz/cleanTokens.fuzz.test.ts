import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessToken, type AccessTokenRequest } from '../../src/token/createAccessToken.ts';
import { productFindings } from '../../src/token/grants/rules/index.ts';
import { diagnoseToken } from '../../src/token/diagnose/diagnoseToken.ts';
import { diagnoseWithSecret } from '../../src/token/diagnose/diagnoseWithSecret.ts';
import type { Finding } from '../../src/token/diagnose/findings.ts';
import { MAX_TOKEN_LENGTH } from '../../src/token/diagnose/limits.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { spaceLike } from './hostile.ts';
import { expectWellFormed, wrap, wrapping } from './pasted.ts';
import { validRequest } from './requests.ts';

/** A token the core signed, and a moment inside its validity window to inspect it at. */
const signed = fc
  .tuple(validRequest, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
  .map(([request, fraction]) => ({ request, fraction }));

async function sign({ request, fraction }: { request: AccessTokenRequest; fraction: number }) {
  const { jwt, payload } = await createAccessToken(request);
  const start = Math.max(payload.iat, payload.nbf ?? payload.iat);
  const now = start + Math.floor(fraction * (payload.exp - start));
  return { jwt, now, secret: request.apiKeySecret };
}

const errors = (findings: readonly Finding[]) =>
  findings.filter((item) => item.severity === 'error').map((item) => item.code);

/** HS384 and HS512 are allowed but undocumented: a warning, never an error. */
const CLEAN_TOKEN_FINDINGS: readonly string[] = ['algorithmNotHs256'];

describe('tokens from createAccessToken, in the inspector', () => {
  it(
    'have no error inside their lifetime, and verify with their secret only',
    async () => {
      await fc.assert(
        fc.asyncProperty(signed, async (input) => {
          const { jwt, now, secret } = await sign(input);
          const right = await diagnoseWithSecret(jwt, secret, { now });
          expectWellFormed(right.findings);
          if (jwt.length > MAX_TOKEN_LENGTH) {
            // Long parameters or Playback JSON can outgrow what the inspector reads.
            expect(right.findings.map((item) => item.code)).toEqual(['tooLarge']);
            return;
          }
          // Besides what the algorithm earns, exactly what Generate warned of for this request.
          const warned = productFindings(input.request.identity, input.request.grants);
          expect(
            right.findings.filter((item) => !CLEAN_TOKEN_FINDINGS.includes(item.code)),
          ).toEqual(warned);
          expect(right.signature).toBe('verified');
          const wrong = await diagnoseWithSecret(jwt, `${secret}.`, { now });
          expect(wrong.signature).toBe('mismatch');
          expect(errors(wrong.findings)).toEqual(['signatureMismatch']);
        }),
        fuzzRuns('cleanTokenInspectsClean'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'inspect the same however copying wrapped them',
    async () => {
      await fc.assert(
        fc.asyncProperty(signed, wrapping, async (input, layers) => {
          const { jwt, now } = await sign(input);
          const wrapped = wrap(jwt, layers);
          if (wrapped.length > MAX_TOKEN_LENGTH) return;
          const plain = diagnoseToken(jwt, { now });
          const diagnosis = diagnoseToken(wrapped, { now });
          expect(diagnosis.normalized).toBe(jwt);
          expect(diagnosis.findings.filter((item) => item.code !== 'inputCleaned')).toEqual(
            plain.findings,
          );
        }),
        fuzzRuns('cleanTokenWrapped'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'show an error and never verify once cut short at either end',
    async () => {
      await fc.assert(
        fc.asyncProperty(signed, fc.nat(), fc.boolean(), async (input, at, fromEnd) => {
          const { jwt, now, secret } = await sign(input);
          const cut = 1 + (at % (jwt.length - 1));
          const truncated = fromEnd ? jwt.slice(0, cut) : jwt.slice(cut);
          const diagnosis = await diagnoseWithSecret(truncated, secret, { now });
          expectWellFormed(diagnosis.findings);
          expect(errors(diagnosis.findings).length).toBeGreaterThan(0);
          expect(diagnosis.signature).not.toBe('verified');
        }),
        fuzzRuns('cleanTokenTruncated'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'are read up to the size limit with the spaces around them, and refused one character over',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          signed,
          spaceLike,
          fc.nat(),
          fc.integer({ min: -1, max: 1 }),
          async (input, space, split, over) => {
            const { jwt, now, secret } = await sign(input);
            const padding = MAX_TOKEN_LENGTH + over - jwt.length;
            fc.pre(padding >= 0);
            const before = split % (padding + 1);
            const pasted = space.repeat(before) + jwt + space.repeat(padding - before);
            expect(pasted.length).toBe(MAX_TOKEN_LENGTH + over);
            const diagnosis = await diagnoseWithSecret(pasted, secret, { now });
            if (over > 0) {
              expect(diagnosis.findings.map((item) => item.code)).toEqual(['tooLarge']);
              expect(diagnosis.signature).toBeUndefined();
            } else {
              expect(diagnosis.normalized).toBe(jwt);
              expect(errors(diagnosis.findings)).toEqual([]);
              expect(diagnosis.signature).toBe('verified');
            }
          },
        ),
        fuzzRuns('cleanTokenAtSizeLimit'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('counterexamples the fuzzing found, kept as examples', () => {
  const token = 'eyJh.eyJz.c2ln';
  it.each([
    [`"${token}"\u2060`, 'a word joiner after the closing quote'],
    [`\u200bBearer ${token}`, 'a zero-width space before Bearer'],
    [`Bearer \u00ad"${token}"`, 'a soft hyphen between Bearer and the quote'],
  ])('reads %j, with %s', (pasted) => {
    expect(diagnoseToken(pasted, { now: 0 }).normalized).toBe(token);
  });
});
