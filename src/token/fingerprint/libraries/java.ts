import type { Quirk } from '../identification.ts';
import { hasNullPlayer, type LibraryLayout, type Traits } from './libraryLayout.ts';

/**
 * twilio-java 12.0.0 (`src/main/java/com/twilio/jwt/Jwt.java`, `jwt/accesstoken/*.java`
 * @179bd9c), signing with jjwt 0.12.6 and Jackson.
 */
export const java = {
  library: 'java',
  // Jwt.java L71-73: a HashMap of typ, cty and twr?, which iterates by bucket: cty 9, typ 10,
  // twr 14 (memberOrder.ts javaHashMapBucket). jjwt appends alg when it signs
  // (DefaultJwtBuilder.java L573).
  header: [['cty', 'typ', 'twr?', 'alg']],
  // Jwt.java L77-100: setIssuer, setExpiration, each claim (grants), setId, setSubject, then
  // setNotBefore only when given; jjwt keeps that order (ParameterMap.java L68-69, LinkedHashMap).
  payload: ['iss', 'exp', 'grants', 'jti', 'sub', 'nbf?'],
  // AccessToken.java L36: Jwts.SIG.HS256.
  algorithms: ['HS256'],
  // AccessToken.java L70-72: twr only when not null and not "".
  region: 'nonEmpty',
  // AccessToken.java L78-85: a HashMap of identity and the grants.
  grantsOrder: 'javaHashMap',
  // Jackson's defaults: plain UTF-8, `/` and `< > &` not escaped.
  escapes: { slash: false, nonAscii: false, html: false },
  traits: (facts): Traits => {
    const seconds = facts.jtiSeconds;
    if (seconds === undefined) return { evidence: [] };
    // AccessToken.java L43: (int)(Math.floor(now.getTime() / 1000.0f)). The division is in float,
    // so the number is always a float32 value: a multiple of 128 between 2^30 and 2^31 s.
    return Math.fround(seconds) === seconds
      ? { evidence: [{ code: 'jtiRounded', seconds }] }
      : { evidence: [], rulesOut: 'jtiNotRounded' };
  },
  quirks: (facts) => {
    const quirks: Quirk[] = [{ code: 'jtiRounded' }];
    // PlaybackGrant.java L41-42: getPayload() returns the grant, null when none was given.
    if (hasNullPlayer(facts)) quirks.push({ code: 'playerNull' });
    return quirks;
  },
} as const satisfies LibraryLayout;
