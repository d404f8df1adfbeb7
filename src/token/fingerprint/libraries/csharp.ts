import type { Quirk } from '../identification.ts';
import { hasNullPlayer, type LibraryLayout } from './libraryLayout.ts';

/**
 * twilio-csharp 7.14.9 (`src/Twilio/JWT/BaseJwt.cs`, `JWT/AccessToken/Token.cs` @f6b1f01),
 * writing with System.IdentityModel.Tokens.Jwt 8.3.1. Derived from source, not run: there is no
 * .NET here, so its samples are built to this shape by hand.
 */
export const csharp = {
  library: 'csharp',
  // BaseJwt.cs L105-111: new JwtHeader(signingCredentials), which sets alg, then typ
  // (IdentityModel JwtHeader.cs L134-160; no kid for a SymmetricSecurityKey without a KeyId);
  // BaseJwt.cs L73-78 then sets cty and twr? (Token.cs L96-108).
  header: [['alg', 'typ', 'cty', 'twr?']],
  // BaseJwt.cs L113-120: iss, exp; L80-99: jti, sub, nbf when it has a value, then the claims
  // (Token.cs L115-134: grants). JwtPayload is a Dictionary written in order (IdentityModel
  // JsonSerializerPrimitives.WriteObjects).
  payload: ['iss', 'exp', 'jti', 'sub', 'nbf?', 'grants'],
  // BaseJwt.cs L20: "HS256".
  algorithms: ['HS256'],
  // Token.cs L102-105: twr whenever region is not null, "" included.
  region: 'string',
  // Token.cs L119-131: identity, then each grant.
  grantsOrder: 'identityFirst',
  // JavaScriptEncoder.UnsafeRelaxedJsonEscaping (IdentityModel JwtPayload.cs L904) leaves `/` and
  // `< > &` plain; how it writes characters past the BMP was not established, so non-ASCII is
  // not checked.
  escapes: { slash: false, html: false },
  derivedFromSource: true,
  quirks: (facts) => {
    // IdentityModel 7+ CryptoProviderFactory.cs L466-470, L492-500: ValidateKeySize(keyBytes,
    // algorithm, 32) for HS256, error IDX10720.
    // Token.cs L38-41: the default expiration (UtcNow + 3600 s) and jti's time are taken in the
    // constructor; ToJwt() (BaseJwt.cs L71-102) only writes them.
    const quirks: Quirk[] = [{ code: 'secretLength' }, { code: 'timesFixedAtBuild' }];
    // PlaybackGrant.cs L33-37: Payload returns Grant, written as null when none was given.
    if (hasNullPlayer(facts)) quirks.push({ code: 'playerNull' });
    return quirks;
  },
} as const satisfies LibraryLayout;
