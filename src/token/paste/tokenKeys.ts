/**
 * The keys a token endpoint's JSON, a URL's query or fragment and the like usually put a token
 * under: Twilio's quickstarts answer `{ identity, token }`; OAuth-style code says
 * `access_token`; others `accessToken` or `jwt`. Compared without regard to case.
 */
export const TOKEN_KEYS: readonly string[] = ['token', 'accesstoken', 'access_token', 'jwt'];

export function isTokenKey(key: string): boolean {
  return TOKEN_KEYS.includes(key.toLowerCase());
}
