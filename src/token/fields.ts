/** The inputs of an access token, by the names the form and the typed errors share. */
export const TOKEN_FIELDS = [
  'accountSid',
  'apiKeySid',
  'apiKeySecret',
  'identity',
  'room',
  'ttl',
] as const;

export type TokenField = (typeof TOKEN_FIELDS)[number];
