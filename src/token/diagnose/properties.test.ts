import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../createAccessToken.ts';
import { productFindings } from '../grants/rules/index.ts';
import { ACCOUNT_SID, API_KEY_SID, FROZEN_NOW_MS } from '../../../test/support/fixtures.ts';
import { grantOptions, region, sidOf, ttl, validName } from '../../../test/support/arbitraries.ts';
import { b64 } from '../../../test/corpus/tokenFactory.ts';
import { diagnoseToken } from './diagnoseToken.ts';
import { verifySignature } from './verifySignature.ts';

const NOW = FROZEN_NOW_MS / 1000;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const base64urlChunk = fc.string({
  unit: fc.integer({ min: 0, max: 63 }).map((index) => BASE64URL.charAt(index)),
  maxLength: 80,
});
const claimValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  sidOf('SK'),
  sidOf('AC'),
  fc.integer({ min: NOW - 200_000, max: NOW + 200_000 }),
);
/** JSON objects with the claims the checks read, each holding anything at all. */
const claimsLike = (keys: readonly string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), claimValue, { maxKeys: 8 });
const jsonSegment = (keys: readonly string[]) =>
  fc
    .oneof(claimsLike(keys), fc.jsonValue({ maxDepth: 2 }))
    .map((value) => b64(JSON.stringify(value)));

const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.tuple(base64urlChunk, base64urlChunk, base64urlChunk).map((parts) => parts.join('.')),
  fc
    .tuple(
      jsonSegment(['alg', 'typ', 'cty', 'twr', 'crit']),
      jsonSegment(['jti', 'grants', 'iss', 'sub', 'exp', 'nbf', 'iat']),
      base64urlChunk,
    )
    .map((parts) => parts.join('.')),
);

/** Tokens our generator signs, with a `now` inside their lifetime. */
const generated = fc
  .record({
    identity: validName,
    grants: grantOptions,
    ttl,
    region,
    secret: fc.string({ minLength: 1, maxLength: 40 }),
    issuedAt: fc.integer({ min: NOW - 86_400, max: NOW }),
    nbfOffset: fc.option(fc.integer({ min: -3600, max: 3600 }), { nil: undefined }),
    nowFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  })
  .filter(({ nbfOffset, ttl }) => nbfOffset === undefined || nbfOffset < ttl);

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

async function sign(input: Generated) {
  const nbf = input.nbfOffset === undefined ? undefined : input.issuedAt + input.nbfOffset;
  const { jwt, payload } = await createAccessToken({
    accountSid: ACCOUNT_SID,
    apiKeySid: API_KEY_SID,
    apiKeySecret: input.secret,
    identity: input.identity,
    grants: input.grants,
    ttl: input.ttl,
    region: input.region,
    nbf,
    clock: () => input.issuedAt * 1000,
  });
  const start = Math.max(payload.iat, payload.nbf ?? payload.iat);
  const now = start + Math.floor(input.nowFraction * (payload.exp - start));
  // What Generate itself warns of for this request: each product's rules, which Inspect must
  // report the same.
  const warned = productFindings(input.identity, input.grants);
  return { jwt, now, warned };
}

describe('diagnoseToken, for any input', () => {
  it('never throws, and finds something wrong with what is not a clean token', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const diagnosis = diagnoseToken(input, { now: NOW });
        expect(typeof diagnosis.normalized).toBe('string');
        expect(diagnosis.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers any size of paste with at most the one finding when too large', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16 * 1024 + 1, max: 2_000_000 }), (length) => {
        const { findings } = diagnoseToken('x'.repeat(length), { now: NOW });
        expect(findings.map((item) => item.code)).toEqual(['tooLarge']);
      }),
      { numRuns: 50 },
    );
  });
});

describe('tokens from createAccessToken', () => {
  it('inspect clean inside their lifetime, but for what Generate warned of, and verify', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (input) => {
        const { jwt, now, warned } = await sign(input);
        expect(diagnoseToken(jwt, { now, clockSkewSeconds: 0 }).findings).toEqual(warned);
        await expect(verifySignature(jwt, input.secret)).resolves.toBe('verified');
      }),
      { numRuns: 300 },
    );
  });

  it('inspect the same however they are wrapped when pasted', async () => {
    const wrapping = fc.record({
      quote: fc.constantFrom('', '"', "'", '`'),
      bearer: fc.constantFrom('', 'Bearer ', 'bearer\n'),
      breaks: fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', '\r\n', ' ', '\u200b'))),
    });
    await fc.assert(
      fc.asyncProperty(generated, wrapping, async (input, { quote, bearer, breaks }) => {
        const { jwt, now } = await sign(input);
        let wrapped = jwt;
        for (const [at, text] of breaks) {
          const index = at % (wrapped.length + 1);
          wrapped = wrapped.slice(0, index) + text + wrapped.slice(index);
        }
        const diagnosis = diagnoseToken(` ${quote}${bearer}${wrapped}${quote}\n`, { now });
        expect(diagnosis.normalized).toBe(jwt);
        expect(diagnosis.findings.filter((item) => item.code !== 'inputCleaned')).toEqual(
          diagnoseToken(jwt, { now }).findings,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never verify once the signature is altered, the alg set to none, or the header to RS256', async () => {
    const tampering = fc.record({ byte: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) });
    await fc.assert(
      fc.asyncProperty(generated, tampering, async (input, { byte, bit }) => {
        const { jwt } = await sign(input);
        const [header = '', payload = '', signature = ''] = jwt.split('.');
        const bytes = Buffer.from(signature, 'base64url');
        const index = byte % bytes.length;
        bytes.writeUInt8(bytes.readUInt8(index) ^ (1 << bit), index);
        const headerJson = JSON.parse(Buffer.from(header, 'base64url').toString()) as object;
        const rehead = (alg: string) => b64(JSON.stringify({ ...headerJson, alg }));
        const attempts = [
          `${header}.${payload}.${b64(bytes)}`,
          `${header}.${payload}.`,
          `${rehead('none')}.${payload}.`,
          `${rehead('none')}.${payload}.${signature}`,
          `${rehead('RS256')}.${payload}.${signature}`,
          `${rehead('HS512')}.${payload}.${signature}`,
        ];
        for (const attempt of attempts) {
          await expect(verifySignature(attempt, input.secret)).resolves.not.toBe('verified');
        }
      }),
      { numRuns: 300 },
    );
  });
});
