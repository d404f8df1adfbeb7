import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { compactSnapshot, restoreSnapshot, takeSnapshot } from './setupSnapshot.ts';

const PREFIX = '#setup=';

/** Longer fragments are refused unread: no honest setup comes near it. */
export const MAX_SETUP_FRAGMENT_LENGTH = 32_768;

export type SetupFromLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'setup'; readonly values: GenerateFormInput }
  | { readonly kind: 'unreadable' };

/**
 * A link that opens this page with the form filled: the setup travels in the fragment, which
 * browsers never send to a server, and never holds the API Key Secret.
 *
 * @example
 * ```ts
 * setupLink(values, 'https://lab.example/'); // 'https://lab.example/#setup=eyJpZGVudGl0eSI6…'
 * ```
 */
export function setupLink(values: GenerateFormInput, pageUrl: string): string {
  const json = JSON.stringify(compactSnapshot(takeSnapshot(values)));
  const url = new URL(pageUrl);
  url.hash = `${PREFIX.slice(1)}${toBase64Url(new TextEncoder().encode(json))}`;
  return url.href;
}

/** Reads a `#setup=…` fragment. Anything malformed or hostile is `unreadable`, never thrown. */
export function setupFromFragment(hash: string): SetupFromLink {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const encoded = hash.slice(PREFIX.length);
  if (encoded.length > MAX_SETUP_FRAGMENT_LENGTH) return { kind: 'unreadable' };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded));
    const values = restoreSnapshot(JSON.parse(json));
    return values ? { kind: 'setup', values } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

// Small enough to write out: jose's base64url would add more to the first page load.
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) =>
    char.charCodeAt(0),
  );
}
