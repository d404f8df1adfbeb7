import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../src/i18n/en/pieces/findings.ts';
import { HMAC_SIGNATURE_BYTES, isHmacAlgorithm } from '../../src/token/diagnose/checkHeader.ts';
import { b64, hmacJws, TWILIO_NODE_HEADER, twilioNodePayload } from '../corpus/tokenFactory.ts';
import { diagnoseToken } from '../../src/token/diagnose/diagnoseToken.ts';
import { diagnoseWithSecret } from '../../src/token/diagnose/diagnoseWithSecret.ts';
import type { FindingCode } from '../../src/token/diagnose/findings.ts';
import { DEFAULT_CLOCK_SKEW_SECONDS, MAX_TOKEN_LENGTH } from '../../src/token/diagnose/limits.ts';
import { normalizeInput } from '../../src/token/diagnose/normalizeInput.ts';
import { verifySignature } from '../../src/token/diagnose/verifySignature.ts';
import { decodeToken, TokenDecodeError } from '../../src/token/decode.ts';
import { MAX_TTL_SECONDS } from '../../src/token/validation/rules.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './budget.ts';
import { hostileText, numberNear } from './hostile.ts';
import {
  anyPaste,
  base64urlSegments,
  expectWellFormed,
  headerClaims,
  INSPECTOR_NOW,
  payloadClaims,
  randomJwt,
} from './pasted.ts';

/** The inspector's clock: today, or any number at all. */
const inspectorNow = fc.oneof(
  { arbitrary: fc.constant(INSPECTOR_NOW), weight: 4 },
  { arbitrary: numberNear([0, INSPECTOR_NOW]), weight: 1 },
);

/** Pastes around the size limit: short, at the limit, one over, far over. */
const sizedPaste = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.oneof(
      fc.integer({ min: MAX_TOKEN_LENGTH - 2, max: MAX_TOKEN_LENGTH + 2 }),
      fc.integer({ min: 0, max: 3 * MAX_TOKEN_LENGTH }),
    ),
  )
  .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

describe('diagnoseToken, on any paste', () => {
  it(
    'never throws, and finds only known findings of their fixed severity',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyPaste, sizedPaste), inspectorNow, (input, now) => {
          const { normalized, findings } = diagnoseToken(input, { now });
          expectWellFormed(findings);
          expect(typeof normalized).toBe('string');
          if (input.length > MAX_TOKEN_LENGTH) {
            expect(findings).toEqual([
              expect.objectContaining({
                code: 'tooLarge',
                params: { length: input.length, maxLength: MAX_TOKEN_LENGTH },
              }),
            ]);
          } else {
            expect(findings.map((item) => item.code)).not.toContain('tooLarge');
          }
        }),
        fuzzRuns('inspectAnyString'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'says how many segments a dotted paste has when it is not three',
    () => {
      fc.assert(
        fc.property(base64urlSegments, ({ segments, text }) => {
          const { findings, decoded } = diagnoseToken(text, { now: INSPECTOR_NOW });
          expectWellFormed(findings);
          // Nothing at all is `empty`, not a JWT of one segment.
          if (segments.length === 3 || text === '') return;
          expect(decoded).toBeUndefined();
          expect(findings).toEqual([
            expect.objectContaining({
              code: 'notJwt',
              params: { failure: { reason: 'segmentCount', count: segments.length } },
            }),
          ]);
        }),
        fuzzRuns('inspectBase64urlSegments'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads any header and claims, words every finding, and checks an HMAC signature’s length',
    () => {
      fc.assert(
        fc.property(randomJwt, (token) => {
          const { findings, decoded } = diagnoseToken(token, { now: INSPECTOR_NOW });
          expectWellFormed(findings);
          for (const item of findings) expect(describeFinding(item)).toMatch(/\S/);
          if (!decoded) return;
          const { alg } = decoded.header;
          const bytes = decoded.signature.length;
          const wrongLength =
            isHmacAlgorithm(alg) && bytes > 0 && bytes !== HMAC_SIGNATURE_BYTES[alg];
          expect(findings.some((item) => item.code === 'signatureLength')).toBe(wrongLength);
        }),
        fuzzRuns('inspectRandomJwt'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reports expiry, not-before, issue and lifetime exactly at their bounds',
    () => {
      const near = (bound: number) => numberNear([bound]).filter(Number.isFinite);
      const times = fc.record({
        now: fc.integer({ min: 0, max: 2 * INSPECTOR_NOW }),
        expFromNow: near(0),
        lifetime: near(MAX_TTL_SECONDS),
        nbfFromLimit: fc.option(near(0), { nil: undefined }),
        skew: fc.option(fc.oneof(fc.constant(0), fc.nat(600)), { nil: undefined }),
      });
      fc.assert(
        fc.property(times, ({ now, expFromNow, lifetime, nbfFromLimit, skew }) => {
          const allowed = skew ?? DEFAULT_CLOCK_SKEW_SECONDS;
          const exp = now + expFromNow;
          const iat = exp - lifetime;
          const nbf = nbfFromLimit === undefined ? undefined : now + allowed + nbfFromLimit;
          // JSON writes an infinite sum as null, which is another finding altogether.
          fc.pre(Number.isFinite(iat) && (nbf === undefined || Number.isFinite(nbf)));
          const token = hmacJws(TWILIO_NODE_HEADER, twilioNodePayload({ iat, exp, nbf }));
          const { findings } = diagnoseToken(token, { now, clockSkewSeconds: skew });
          expectWellFormed(findings);
          const expected: FindingCode[] = [];
          if (exp <= now) expected.push('expired');
          if (nbf !== undefined && nbf > now + allowed) expected.push('notYetValid');
          if (iat > now + allowed) expected.push('issuedInFuture');
          if (iat > exp) expected.push('issuedAfterExpiry');
          if (nbf !== undefined && nbf >= exp) expected.push('neverValid');
          if (exp - iat > MAX_TTL_SECONDS) expected.push('lifetimeTooLong');
          expect(findings.map((item) => item.code).sort()).toEqual(expected.sort());
        }),
        fuzzRuns('inspectTimeBounds'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('diagnoseWithSecret, on any paste and secret', () => {
  it(
    'never rejects, verifies what was signed with the secret, and reports a mismatch once',
    async () => {
      const signed = fc
        .tuple(
          headerClaims,
          payloadClaims,
          hostileText.filter((secret) => secret !== ''),
        )
        .map(([header, payload, secret]) => {
          const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
          const hash = isHmacAlgorithm(header.alg) ? `sha${header.alg.slice(2)}` : 'sha256';
          const signature = createHmac(hash, secret).update(input).digest('base64url');
          return { token: `${input}.${signature}`, header, secret };
        });
      const paste = fc.oneof(
        signed,
        fc
          .tuple(anyPaste, hostileText)
          .map(([token, secret]) => ({ token, header: undefined, secret })),
      );
      await fc.assert(
        fc.asyncProperty(paste, fc.boolean(), async ({ token, header, secret }, right) => {
          const key = right ? secret : `${secret}x`;
          const diagnosis = await diagnoseWithSecret(token, key, { now: INSPECTOR_NOW });
          expectWellFormed(diagnosis.findings);
          if (!diagnosis.decoded) expect(diagnosis.signature).toBeUndefined();
          const codes = diagnosis.findings.map((item) => item.code);
          const mismatches = codes.filter((code) => code === 'signatureMismatch').length;
          const lengthWrong = codes.includes('signatureLength');
          expect(mismatches).toBe(diagnosis.signature === 'mismatch' && !lengthWrong ? 1 : 0);
          const readable = token.length <= MAX_TOKEN_LENGTH;
          if (header && readable && isHmacAlgorithm(header.alg) && header.crit === undefined) {
            expect(diagnosis.signature).toBe(right ? 'verified' : 'mismatch');
          }
        }),
        fuzzRuns('inspectWithSecret'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('decodeToken and verifySignature, on any paste', () => {
  it(
    'decode or throw a TokenDecodeError, and check a signature without ever rejecting',
    async () => {
      const verdicts = ['verified', 'mismatch', 'unsupportedAlgorithm', 'malformed', 'noSecret'];
      await fc.assert(
        fc.asyncProperty(anyPaste, hostileText, async (input, secret) => {
          try {
            const { segments } = decodeToken(input);
            expect(`${segments.header}.${segments.payload}.${segments.signature}`).toBe(input);
          } catch (error) {
            expect(error).toBeInstanceOf(TokenDecodeError);
          }
          expect(verdicts).toContain(await verifySignature(input, secret));
        }),
        fuzzRuns('decodeAnyString'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('normalizeInput, on any paste', () => {
  it(
    'leaves no whitespace, never grows the text, and is done after one pass',
    () => {
      fc.assert(
        fc.property(anyPaste, (input) => {
          const { normalized } = normalizeInput(input);
          expect(normalized).not.toMatch(/[\s\u00ad\u200b-\u200d\u2060]/);
          expect(normalized.length).toBeLessThanOrEqual(input.length);
          expect(normalizeInput(normalized)).toEqual({ normalized, removed: [] });
        }),
        fuzzRuns('normalizeAnyString'),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
