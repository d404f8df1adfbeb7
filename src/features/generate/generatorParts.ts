import { zodResolver } from '@hookform/resolvers/zod';
import { createAccessToken, type AccessTokenRequest } from '../../token/createAccessToken.ts';
import {
  generateFormSchema,
  type GenerateFormInput,
} from '../../token/validation/generateFormSchema.ts';

/**
 * Everything the generator needs once its form is on screen; loaded through
 * loadGeneratorParts.ts, never on the click.
 */
export { createAccessToken };
export { RecentTokens } from '../history/RecentTokens.tsx';
export { DecodedToken } from '../../components/DecodedToken/DecodedToken.tsx';
export { StaleTokenNotice } from './StaleTokenNotice.tsx';
export { TokenResult } from './TokenResult.tsx';

/** The form's field-by-field validation, for react-hook-form. */
export const resolveForm = zodResolver(generateFormSchema);

/**
 * The token request the form describes, or undefined when any field has a problem. The same
 * schema as `resolveForm`, called directly: a valid submit then touches no form state at all.
 */
export function requestFromForm(values: GenerateFormInput): AccessTokenRequest | undefined {
  const parsed = generateFormSchema.safeParse(values);
  if (!parsed.success) return undefined;
  const { accountSid, apiKeySid, apiKeySecret, identity, ttl, nbf, region, algorithm, grants } =
    parsed.data;
  return { accountSid, apiKeySid, apiKeySecret, identity, ttl, nbf, region, algorithm, grants };
}
