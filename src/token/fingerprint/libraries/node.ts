import type { LibraryLayout } from './libraryLayout.ts';

/**
 * twilio-node 6.3.1: `src/jwt/AccessToken.ts` @45d3d65 (the same logic as npm's
 * `lib/jwt/AccessToken.js`), signing with jsonwebtoken 9.0.3 (`sign.js`) and jws 4
 * (`lib/sign-stream.js`, `lib/tostring.js`). This page's own tokens are byte-identical to it.
 */
export const node = {
  library: 'node',
  // AccessToken.ts L85-92 passes jsonwebtoken the header {cty, typ, twr?}; sign.js L97-101 assigns
  // it over {alg, typ, kid: undefined}, and JSON.stringify drops the undefined kid.
  header: [['alg', 'typ', 'cty', 'twr?']],
  // AccessToken.ts L77-83: jti, grants, then nbf only when a number. jsonwebtoken then adds iat
  // (sign.js L185-191), exp from expiresIn (L205-215), iss and sub (L69-73, L217-225).
  payload: ['jti', 'grants', 'nbf?', 'iat', 'exp', 'iss', 'sub'],
  // AccessToken.ts L58-65: toJwt(algorithm) takes HS256, HS384 or HS512.
  algorithms: ['HS256', 'HS384', 'HS512'],
  // AccessToken.ts L90-92: twr only for a non-empty string.
  region: 'nonEmpty',
  // AccessToken.ts L67-74: identity, then each grant in the order added.
  grantsOrder: 'identityFirst',
  // jws tostring.js: JSON.stringify, which escapes none of these.
  escapes: { slash: false, nonAscii: false, html: false },
  quirks: () => [],
} as const satisfies LibraryLayout;
