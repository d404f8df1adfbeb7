import type { Quirk } from '../identification.ts';
import { hasNullPlayer, nbfAfterIssue, type LibraryLayout } from './libraryLayout.ts';

/** The shortest lifetime twilio-go writes without ValidUntil: its TTL floor and default. */
const GO_MIN_TTL_SECONDS = 3600;

/**
 * twilio-go 1.30.9 (`client/jwt/access_token.go`, `client/jwt/jwt.go` @d858acd), signing with
 * golang-jwt v5.2.2. Header, payload and grants are Go maps, which encoding/json writes with
 * sorted keys.
 */
export const go = {
  library: 'go',
  // access_token.go L89-101: cty, twr when Region != "", alg, typ; sorted when written.
  header: [['alg', 'cty', 'twr?', 'typ']],
  // access_token.go L103-138: jti, grants, iss, exp, nbf (always: the given one or now), sub;
  // sorted when written (jwt.go L151-168 copies them into jwt.MapClaims).
  payload: ['exp', 'grants', 'iss', 'jti', 'nbf', 'sub'],
  // jwt.go L158: jwt.SigningMethodHS256.
  algorithms: ['HS256'],
  region: 'nonEmpty',
  grantsOrder: 'sorted',
  // encoding/json: plain UTF-8 and `/`, but `<`, `>`, `&` as \u003c, \u003e, \u0026 (HTMLEscape).
  escapes: { slash: false, nonAscii: false, html: true },
  quirks: (facts) => {
    const quirks: Quirk[] = [];
    const { exp } = facts.payload;
    // access_token.go L55: Ttl: Max(params.Ttl, 3600). exp = now + Ttl (L122), and jti holds the
    // same now (L104, L112), unless ValidUntil replaced exp (L130-132).
    if (typeof exp === 'number' && facts.jtiSeconds !== undefined) {
      if (exp - facts.jtiSeconds === GO_MIN_TTL_SECONDS) quirks.push({ code: 'ttlRaisedToHour' });
    }
    // access_token.go L124-128: nbf is the given one, or the same now as jti.
    if (nbfAfterIssue(facts) === 0) quirks.push({ code: 'nbfIsIssueTime' });
    // playback_grant.go L5, L11-12: PlaybackGrant is a map; a nil one is written as null.
    if (hasNullPlayer(facts)) quirks.push({ code: 'playerNull' });
    return quirks;
  },
} as const satisfies LibraryLayout;
