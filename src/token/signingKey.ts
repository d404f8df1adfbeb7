import type { SigningAlgorithm } from './claims.ts';

const HASH_OF: Record<SigningAlgorithm, string> = {
  HS256: 'SHA-256',
  HS384: 'SHA-384',
  HS512: 'SHA-512',
};

let cached: { secret: string; algorithm: SigningAlgorithm; key: Promise<CryptoKey> } | undefined;

/**
 * The API Key Secret as a non-extractable HMAC CryptoKey. Twilio's libraries use the secret's
 * UTF-8 bytes as the key. Importing is the slowest step of signing, so the last key is kept
 * (in memory only) and reused while the secret stays the same.
 */
export function importSigningKey(secret: string, algorithm: SigningAlgorithm): Promise<CryptoKey> {
  if (cached && cached.secret === secret && cached.algorithm === algorithm) return cached.key;
  const key = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: HASH_OF[algorithm] },
    false,
    ['sign', 'verify'],
  );
  cached = { secret, algorithm, key };
  // A failed import must not be served from the cache forever.
  key.catch(() => {
    if (cached?.key === key) cached = undefined;
  });
  return key;
}
