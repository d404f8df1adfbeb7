import { nameList } from '../../diagnose/nameList.ts';
import type { Quirk } from '../identification.ts';
import { isJsonObject } from '../../json/jsonObject.ts';
import type { TokenFacts } from '../tokenFacts.ts';
import type { LibraryLayout, Traits } from './libraryLayout.ts';

/** twilio-php's own claims, in the order it writes them (the custom ones come first). */
const OWN_CLAIMS = ['jti', 'iss', 'sub', 'exp', 'grants', 'nbf?'] as const;

/**
 * twilio-php 8.12.0 (`src/Twilio/Jwt/AccessToken.php`, `src/Twilio/Jwt/JWT.php` @ba0784b), with
 * its own minimal JWT class.
 */
export const php = {
  library: 'php',
  // JWT.php L75-77: ['typ' => 'JWT', 'alg' => $algo] += the AccessToken's header, which is
  // ['cty', 'typ'] plus twr (AccessToken.php L122-129); `+=` keeps keys already there in place.
  header: [['typ', 'alg', 'cty', 'twr?']],
  // AccessToken.php L151-161: array_merge($customClaims, [jti, iss, sub, exp, grants]), then nbf
  // only when set.
  payload: OWN_CLAIMS,
  customClaimsFirst: true,
  // JWT.php L97-105: toJWT($algorithm) signs HS256, HS384 or HS512.
  algorithms: ['HS256', 'HS384', 'HS512'],
  // AccessToken.php L127-129: twr only when the region is truthy.
  region: 'nonEmpty',
  // AccessToken.php L133-145: identity, then each grant.
  grantsOrder: 'identityFirst',
  // JWT.php L129-130: plain json_encode, which writes `/` as `\/` and all but ASCII as \uXXXX,
  // and leaves `< > &` plain.
  escapes: { slash: true, nonAscii: true, html: false },
  traits: (facts): Traits => {
    const custom = customClaims(facts);
    if (custom.length === 0) return { evidence: [] };
    // AccessToken.php L117-119: addClaim(string $name, string $value).
    const allStrings = custom.every((name) => typeof facts.payload[name] === 'string');
    return {
      evidence: [{ code: 'customClaims', names: nameList(custom) }],
      ...(allStrings ? {} : { rulesOut: 'customClaim' as const }),
    };
  },
  quirks: (facts) => {
    const quirks: Quirk[] = [];
    // SyncGrant.php L109-124 writes deployment_role_sid and push_credential_sid, which no other
    // library's SyncGrant has.
    const sync = facts.grants?.data_sync;
    if (
      isJsonObject(sync) &&
      (Object.hasOwn(sync, 'deployment_role_sid') || Object.hasOwn(sync, 'push_credential_sid'))
    ) {
      quirks.push({ code: 'syncExtras' });
    }
    // AccessToken.php L134: `if ($this->identity)` leaves out "" and "0".
    if (facts.grants !== undefined && !Object.hasOwn(facts.grants, 'identity')) {
      quirks.push({ code: 'falsyIdentity' });
    }
    return quirks;
  },
} as const satisfies LibraryLayout;

/** The members before twilio-php's own, which only `addClaim()` puts there. */
export function customClaims(facts: TokenFacts): readonly string[] {
  const own = new Set<string>(OWN_CLAIMS.map((name) => name.replace('?', '')));
  const first = facts.payloadMembers.findIndex((name) => own.has(name));
  return facts.payloadMembers.slice(0, first === -1 ? facts.payloadMembers.length : first);
}
