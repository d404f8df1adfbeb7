/**
 * The HMAC algorithms twilio-node allows. Twilio's docs require HS256. In a file of their own:
 * the form's first screen needs this list, and not the claims code around it.
 */
export const SIGNING_ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
export const DEFAULT_ALGORITHM: SigningAlgorithm = 'HS256';

export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return (SIGNING_ALGORITHMS as readonly unknown[]).includes(value);
}
