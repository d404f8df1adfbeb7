import fc from 'fast-check';
import { expect } from 'vitest';
import { SIGNING_ALGORITHMS } from '../../src/token/claims.ts';
import { b64 } from '../corpus/tokenFactory.ts';
import { FINDING_RULES, type Finding } from '../../src/token/diagnose/findings.ts';
import { LEGACY_GRANTS } from '../../src/token/grants/index.ts';
import { sidOf } from '../support/arbitraries.ts';
import { FROZEN_NOW_MS } from '../support/fixtures.ts';
import { hostileText, spaceLike } from './hostile.ts';
import { nestedText } from './json.ts';

/**
 * What people paste into the inspector: anything at all, base64url that is not quite a JWT,
 * JWTs with random headers and claims, and real tokens wrapped the ways copying wraps them.
 * Test code only.
 */

export const INSPECTOR_NOW = Math.floor(FROZEN_NOW_MS / 1000);

/** Every finding has a known code, and the severity and Twilio error fixed for that code. */
export function expectWellFormed(findings: readonly Finding[]): void {
  for (const item of findings) {
    expect(Object.keys(FINDING_RULES)).toContain(item.code);
    const rule: { severity: string; twilioError?: number } = FINDING_RULES[item.code];
    expect(item.severity).toBe(rule.severity);
    expect(item.twilioError).toBe(rule.twilioError);
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url text of any length, 4n+1 (which no bytes encode to) included. */
export const base64urlText = fc.string({
  unit: fc.integer({ min: 0, max: 63 }).map((index) => BASE64URL.charAt(index)),
  maxLength: 120,
});

/** One to five segments of base64url, some empty, joined by dots. */
export const base64urlSegments = fc
  .array(fc.oneof(base64urlText, fc.constant('')), { minLength: 1, maxLength: 5 })
  .map((segments) => ({ segments, text: segments.join('.') }));

const anyJson = fc.jsonValue({ maxDepth: 3 });
const timeClaim = fc.oneof(
  fc.integer({ min: INSPECTOR_NOW - 200_000, max: INSPECTOR_NOW + 200_000 }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 0, -1, 0.5, 1e300),
  anyJson,
);
const sidClaim = fc.oneof(sidOf('SK'), sidOf('AC'), sidOf('AP'), anyJson);

/** Grants with known, legacy and unknown keys, holding SIDs or anything. */
const grantsClaim = fc.oneof(
  fc.dictionary(
    fc.oneof(
      fc.constantFrom('identity', 'video', 'voice', 'chat', 'data_sync', 'task_router', 'player'),
      fc.constantFrom(...Object.keys(LEGACY_GRANTS), '__proto__', 'sync'),
      hostileText,
    ),
    fc.oneof(
      fc.dictionary(
        fc.constantFrom('room', 'outgoing', 'incoming', 'service_sid', 'worker_sid', 'params'),
        fc.oneof(sidClaim, fc.record({ application_sid: sidClaim }, { requiredKeys: [] })),
      ),
      hostileText,
      anyJson,
    ),
    { maxKeys: 5 },
  ),
  anyJson,
);

export const headerClaims = fc.record(
  {
    alg: fc.oneof(
      fc.constantFrom(...SIGNING_ALGORITHMS, 'none', 'NONE', 'RS256', 'ES256', ''),
      anyJson,
    ),
    typ: fc.oneof(fc.constantFrom('JWT', 'jwt', 'at+jwt'), anyJson),
    cty: fc.oneof(fc.constant('twilio-fpa;v=1'), hostileText, anyJson),
    twr: fc.oneof(fc.constantFrom('us1', 'ie1'), hostileText),
    crit: fc.oneof(fc.constant(['exp']), anyJson),
  },
  { requiredKeys: [] },
);

export const payloadClaims = fc.record(
  {
    jti: fc.oneof(sidClaim, hostileText),
    iss: sidClaim,
    sub: sidClaim,
    exp: timeClaim,
    nbf: timeClaim,
    iat: timeClaim,
    grants: grantsClaim,
  },
  { requiredKeys: [] },
);

/** A segment from any JSON: claims, other values, thousands of levels of nesting, or raw bytes. */
const jsonSegment = (claims: fc.Arbitrary<object>) =>
  fc.oneof(
    { arbitrary: claims.map((value) => b64(JSON.stringify(value))), weight: 8 },
    { arbitrary: fc.jsonValue().map((value) => b64(JSON.stringify(value))), weight: 1 },
    {
      arbitrary: fc.integer({ min: 100, max: 5000 }).map((depth) => b64(nestedText(depth))),
      weight: 1,
    },
    { arbitrary: fc.uint8Array({ maxLength: 60 }).map((bytes) => b64(bytes)), weight: 1 },
  );

/** header.payload.signature with random claims and a random signature, perhaps empty. */
export const randomJwt = fc
  .tuple(jsonSegment(headerClaims), jsonSegment(payloadClaims), fc.uint8Array({ maxLength: 80 }))
  .map(([header, payload, signature]) => `${header}.${payload}.${b64(signature)}`);

/** Strings of every kind, from empty to ten thousand characters and more. */
export const anyPaste = fc.oneof(
  { arbitrary: hostileText, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: base64urlSegments.map(({ text }) => text), weight: 2 },
  { arbitrary: randomJwt, weight: 2 },
  {
    arbitrary: fc.constantFrom('', ' ', '""', 'Bearer', 'Bearer ', '...', '.', 'e30.e30.'),
    weight: 1,
  },
);

/** One layer of what copying puts around a token, as data so a counterexample shows it. */
type Layer =
  | { readonly quote: string }
  | { readonly prefix: string }
  | { readonly before: string; readonly after: string };

const layer: fc.Arbitrary<Layer> = fc.oneof(
  fc.constantFrom('"', "'", '`').map((quote) => ({ quote })),
  fc
    .constantFrom(
      'Bearer ',
      'bearer\t',
      'BEARER\n',
      'Authorization: Bearer ',
      'authorization:bearer  ',
    )
    .map((prefix) => ({ prefix })),
  fc.record({
    before: fc.string({ unit: spaceLike, maxLength: 3 }),
    after: fc.string({ unit: spaceLike, maxLength: 3 }),
  }),
);

/** Layers of wrapping, inside out, and invisible breaks inside the token at any place. */
export const wrapping = fc.record({
  layers: fc.array(layer, { maxLength: 4 }),
  breaks: fc.array(fc.tuple(fc.nat(), fc.string({ unit: spaceLike, minLength: 1, maxLength: 2 })), {
    maxLength: 4,
  }),
});

export type Wrapping = typeof wrapping extends fc.Arbitrary<infer W> ? W : never;

export function wrap(token: string, { layers, breaks }: Wrapping): string {
  let text = token;
  for (const [at, space] of breaks) {
    const index = at % (text.length + 1);
    text = text.slice(0, index) + space + text.slice(index);
  }
  for (const item of layers) {
    if ('quote' in item) text = `${item.quote}${text}${item.quote}`;
    else if ('prefix' in item) text = `${item.prefix}${text}`;
    else text = `${item.before}${text}${item.after}`;
  }
  return text;
}
