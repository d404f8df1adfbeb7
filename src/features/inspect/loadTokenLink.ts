import type { TokenLink } from './shareLink.ts';

export const NO_TOKEN_LINK: TokenLink = { kind: 'none' };

/**
 * The `#token=…` link in the address bar, taken as `takeTokenLink` takes it (read once, then
 * removed). The code that reads it strictly loads only when the fragment names a token, as the
 * setup link's does: most visits have no link.
 */
export async function loadTokenLink(location: Location, history: History): Promise<TokenLink> {
  // The reader's own test for "this is a token link", before anything is decoded.
  const namesToken = location.hash
    .slice(1)
    .split('&')
    .some((pair) => pair.startsWith('token='));
  if (!namesToken) return NO_TOKEN_LINK;
  const { takeTokenLink } = await import('./shareLink.ts');
  return takeTokenLink(location, history);
}
