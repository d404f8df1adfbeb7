import type { Quirk } from '../identification.ts';
import { hasNullPlayer, nbfAfterIssue, type LibraryLayout } from './libraryLayout.ts';

/**
 * twilio-python 9.11.0 (`twilio/jwt/__init__.py`, `twilio/jwt/access_token/__init__.py`,
 * `grants.py` @306691e) and Debian's 7.7.1, which write the same JSON, signing with PyJWT 2.x.
 */
export const python = {
  library: 'python',
  // access_token/__init__.py L64-68 gives {cty, twr?}; jwt/__init__.py L97-100 adds typ, alg.
  // PyJWT 2.5 and later sort the header (api_jws.py @2.5.0 L137-138, `sort_keys=True`; commit
  // 0bef0fb "Fix for headers disorder issue (#721)"). PyJWT 2.0-2.4 start from {typ, alg} and
  // update it with these (api_jws.py @2.0.0 L93-97).
  header: [
    ['alg', 'cty', 'twr?', 'typ'],
    ['typ', 'alg', 'cty', 'twr?'],
  ],
  // access_token/__init__.py L70-78: jti, grants. jwt/__init__.py L77-88: iss, exp, nbf (now by
  // default, left out when nbf=None), sub. PyJWT writes the payload as given (api_jwt.py).
  payload: ['jti', 'grants', 'iss', 'exp', 'nbf?', 'sub'],
  // access_token/__init__.py L25: ALGORITHM = "HS256".
  algorithms: ['HS256'],
  // access_token/__init__.py L66: twr only for a non-empty str.
  region: 'nonEmpty',
  // access_token/__init__.py L74-77: the grants, then identity.
  grantsOrder: 'identityLast',
  // PyJWT: json.dumps with the default ensure_ascii=True escapes all but ASCII; `/` and `< > &`
  // stay plain.
  escapes: { slash: false, nonAscii: true, html: false },
  quirks: (facts) => {
    const quirks: Quirk[] = [];
    // jwt/__init__.py L80-82: nbf = int(time.time()) unless told otherwise, read a moment after
    // jti's (so 0 or 1 s later). Twilio's error 20105: "Normally this is set to the current time
    // when the token is generated; check whether your computer's clock has drifted."
    const nbf = nbfAfterIssue(facts);
    if (nbf !== undefined && nbf >= 0 && nbf <= 1) quirks.push({ code: 'nbfIsIssueTime' });
    // grants.py L181-183: PlaybackGrant.to_payload() returns its grant, None when none was given.
    if (hasNullPlayer(facts)) quirks.push({ code: 'playerNull' });
    return quirks;
  },
} as const satisfies LibraryLayout;
