import { displayText } from '../json/displayText.ts';
import type { Evidence, NotLibraryReason } from './identification.ts';
import type { TokenFacts } from './tokenFacts.ts';

/**
 * The header members Twilio's helper libraries write (see `libraries/`): alg and typ from the JWT
 * library, cty always, twr with a region.
 */
const LIBRARY_HEADER = new Set(['alg', 'typ', 'cty', 'twr']);

/**
 * Claims every helper library writes, with their JSON type: jti and grants from the AccessToken,
 * iss (the key SID), sub (the Account SID) and exp from the JWT base (sources in `libraries/`).
 */
const LIBRARY_CLAIMS = [
  ['jti', 'string'],
  ['iss', 'string'],
  ['sub', 'string'],
  ['exp', 'number'],
  ['grants', 'object'],
] as const;

/** Every algorithm any helper library signs with (twilio-node and twilio-php allow all three). */
const LIBRARY_ALGORITHMS = new Set(['HS256', 'HS384', 'HS512']);

/** Twilio's content type for Access Tokens, written by every helper library. */
export const TWILIO_CTY = 'twilio-fpa;v=1';

/**
 * What in this token none of Twilio's helper libraries writes, each as `notLibrary` evidence; empty
 * when the token could have come from one. Bounded: one item per reason at most.
 *
 * @example
 * ```ts
 * notLibrarySigns(readTokenFacts(decodeToken(pyJwtToken)));
 * // [{ code: 'notLibrary', reason: 'cty' }, { code: 'notLibrary', reason: 'missingClaim', name: 'jti' }]
 * ```
 */
export function notLibrarySigns(facts: TokenFacts): Evidence[] {
  const signs: Evidence[] = [];
  const sign = (reason: NotLibraryReason, name?: string) => {
    signs.push({
      code: 'notLibrary',
      reason,
      ...(name === undefined ? {} : { name: displayText(name) }),
    });
  };
  // Every library's encoder writes compact JSON, each key once, with no byte order mark.
  if (facts.spacedJson) sign('spacedJson');
  if (facts.duplicateKeys) sign('duplicateKeys');
  if (facts.byteOrderMark) sign('byteOrderMark');

  const { header, payload } = facts;
  const stranger = facts.headerMembers.find((name) => !LIBRARY_HEADER.has(name));
  if (stranger !== undefined) sign('headerMember', stranger);
  if (header.cty !== TWILIO_CTY) sign('cty');
  if (header.typ !== 'JWT') sign('typ');
  if (typeof header.alg !== 'string' || !LIBRARY_ALGORITHMS.has(header.alg)) sign('algorithm');
  if (Object.hasOwn(header, 'twr') && typeof header.twr !== 'string' && header.twr !== null) {
    sign('region');
  }

  const missing = LIBRARY_CLAIMS.find(([name]) => !Object.hasOwn(payload, name));
  if (missing) sign('missingClaim', missing[0]);
  const mistyped = LIBRARY_CLAIMS.find(
    ([name, type]) => Object.hasOwn(payload, name) && jsonType(payload[name]) !== type,
  );
  if (mistyped) sign('claimType', mistyped[0]);
  if (typeof payload.jti === 'string' && typeof payload.iss === 'string') {
    if (facts.jtiSeconds === undefined) sign('jtiShape');
  }
  return signs;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
