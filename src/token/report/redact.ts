import { base64url } from 'jose';

/**
 * What a report leaves out or shortens, on its text, so that nothing a check missed upstream
 * (a finding's words, a custom claim) can carry it through.
 *
 * @example
 * ```ts
 * shortenSids('"sub": "AC0123456789abcdef0123456789ab1a2b"'); // '"sub": "AC…1a2b"'
 * removeAll('a secret: s3cr3t-value', ['s3cr3t-value']); // 'a secret: [removed]'
 * ```
 */

/** Two capitals and 32 hex digits: the shape of every Twilio SID, known kind or not. */
const SID = /\b([A-Z]{2})[0-9a-fA-F]{28}([0-9a-fA-F]{4})\b/g;

/** Each SID as its prefix and last four characters: `AC…1a2b`. */
export function shortenSids(text: string): string {
  return text.replace(SID, '$1…$2');
}

/** Said in place of what is removed. */
export const REMOVED = '[removed]';

/** Shorter strings would remove ordinary words; no secret or signature is this short. */
export const MIN_REMOVED_LENGTH = 8;

/**
 * The text with every occurrence of each string removed, again until none is left (removing one
 * can join the text around it into another).
 */
export function removeAll(text: string, strings: readonly string[]): string {
  const targets = [...new Set(strings)].filter((item) => item.length >= MIN_REMOVED_LENGTH);
  let result = text;
  // Each pass removes at least one occurrence, and there are fewer than the text's length.
  for (let pass = 0; pass <= text.length; pass += 1) {
    const before = result;
    for (const target of targets) {
      // A target that holds the marker itself is cut out without one.
      result = result.split(target).join(target.includes(REMOVED) ? '' : REMOVED);
    }
    if (result === before) break;
  }
  return result;
}

/**
 * A secret as it may show up in a text: as typed, and its base64url and base64 forms (what a
 * paste of `Buffer.from(secret).toString('base64')` gives).
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const encoded = base64url.encode(secret);
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return [secret, encoded, base64, padded];
}

/** A signature segment as it may show up: base64url as in the token, and base64. */
export function signatureForms(segment: string): string[] {
  if (segment === '') return [];
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  return [segment, base64, base64 + '='.repeat((4 - (base64.length % 4)) % 4)];
}
