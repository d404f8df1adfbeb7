import type { Quirk } from '../identification.ts';
import { hasNullPlayer, nbfAfterIssue, type LibraryLayout, type Traits } from './libraryLayout.ts';

/**
 * twilio-ruby 7.11.1 (`lib/twilio-ruby/jwt/jwt.rb`, `lib/twilio-ruby/jwt/access_token.rb`
 * @dd1cc09), signing with ruby-jwt (the gemspec allows `>= 1.5, < 4.0`).
 */
export const ruby = {
  library: 'ruby',
  // access_token.rb L77-85 gives {cty, twr} (twr even without a region, see twrNull below);
  // jwt.rb L35-40 adds typ, alg. ruby-jwt 2.2 and later keep that order and set alg in place
  // (encode.rb @v2.2.0 L41-44; token.rb @v3.2.0 L98 merges keeping what is there). ruby-jwt
  // 2.0-2.1 start from {alg} (encode.rb @v2.1.0 L25-28); 1.5 from {typ, alg} (jwt.rb @v1.5.6
  // L82-85).
  header: [
    ['cty', 'twr', 'typ', 'alg'],
    ['alg', 'cty', 'twr', 'typ'],
    ['typ', 'alg', 'cty', 'twr'],
  ],
  // access_token.rb L60-73: jti, grants; jwt.rb L42-51: iss, nbf (always: the given one or now),
  // exp, sub.
  payload: ['jti', 'grants', 'iss', 'nbf', 'exp', 'sub'],
  // jwt.rb L21: @algorithm = 'HS256'.
  algorithms: ['HS256'],
  region: 'stringOrNull',
  // access_token.rb L62-65: identity, then each grant.
  grantsOrder: 'identityFirst',
  // JSON.generate's defaults: plain UTF-8, `/` and `< > &` not escaped.
  escapes: { slash: false, nonAscii: false, html: false },
  traits: (facts): Traits => ({
    // access_token.rb L82: `headers[:twr] = region unless region&.nil?`. With region nil,
    // `region&.nil?` is nil, so the line runs and writes twr: null (since 5.42.0, "feat: Add
    // region to AccessToken (#537)").
    evidence: facts.header.twr === null ? [{ code: 'twrNull' }] : [],
  }),
  quirks: (facts) => {
    const quirks: Quirk[] = [];
    if (facts.header.twr === null) quirks.push({ code: 'twrNull' });
    // jwt.rb L46: nbf = @nbf || Time.now.to_i, read after jti's (access_token.rb L61).
    const nbf = nbfAfterIssue(facts);
    if (nbf !== undefined && nbf >= 0 && nbf <= 1) quirks.push({ code: 'nbfIsIssueTime' });
    // access_token.rb L220-222: PlaybackGrant#_generate_payload returns grant, nil when not set.
    if (hasNullPlayer(facts)) quirks.push({ code: 'playerNull' });
    return quirks;
  },
} as const satisfies LibraryLayout;
