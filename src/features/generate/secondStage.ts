/**
 * Everything the generator needs once its first screen is up: validation, the signer and the
 * result view. One module, so that one load makes all of it available: a token that was signed
 * always finds its view loaded. Loaded through loadSecondStage.ts, never on the click.
 */
export { createAccessToken } from '../../token/createAccessToken.ts';
export { productWarnings } from '../../token/validation/productWarnings.ts';
export { RecentTokens } from '../history/RecentTokens.tsx';
export { DecodedToken } from '../../components/DecodedToken/DecodedToken.tsx';
export { requestFromForm, resolveForm } from './readForm.ts';
export { StaleTokenNotice } from './StaleTokenNotice.tsx';
export { TokenResult } from './TokenResult.tsx';
