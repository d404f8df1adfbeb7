/**
 * The parts of the generator the first screen does not show: the signer (jose), the result
 * panel and the Recent tokens list, the fields of grants other than Video, and the form's
 * validation (zod). They load on the first interaction with the form, long before the first
 * click on "Generate Access Token", and stay out of the first page load.
 */
export const loadSigner = () => import('../../token/createAccessToken.ts');
export const loadTokenResult = () => import('./TokenResult.tsx');
export const loadRecentTokens = () => import('../history/RecentTokens.tsx');
export const loadGrantFieldset = () => import('./GrantFieldsets.tsx');
export const loadFormValidation = () => import('./formValidation.ts');

let preloaded = false;

export function preloadGeneratorParts(): void {
  if (preloaded) return;
  preloaded = true;
  // A failed preload is retried by the real import, which reports its own error.
  loadSigner().catch(() => (preloaded = false));
  loadTokenResult().catch(() => (preloaded = false));
  loadRecentTokens().catch(() => (preloaded = false));
  loadGrantFieldset().catch(() => (preloaded = false));
  loadFormValidation().catch(() => (preloaded = false));
}
