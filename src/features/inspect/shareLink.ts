/**
 * Share links put a token in the URL fragment (`#token=…`): browsers never send the fragment to
 * a server, so the link travels without the token reaching a host. Never the secret.
 */
const TOKEN_KEY = 'token';

/** Generous: real tokens are under 4 kB; the inspector itself refuses more than 16 kB. */
const MAX_FRAGMENT_LENGTH = 64 * 1024;

export function shareLinkFor(
  token: string,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  return `${location.origin}${location.pathname}#${TOKEN_KEY}=${encodeURIComponent(token)}`;
}

/** The token in a fragment like `#token=…`, or undefined for anything else. Never throws. */
export function tokenFromFragment(hash: string): string | undefined {
  if (hash.length > MAX_FRAGMENT_LENGTH) return undefined;
  try {
    const token = new URLSearchParams(hash.replace(/^#/, '')).get(TOKEN_KEY);
    return token === null || token === '' ? undefined : token;
  } catch {
    return undefined;
  }
}
