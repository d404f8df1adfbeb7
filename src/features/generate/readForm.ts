import { zodResolver } from '@hookform/resolvers/zod';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import {
  generateFormSchema,
  type GenerateFormInput,
} from '../../token/validation/generateFormSchema.ts';

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
