import { en, type Messages } from './en.ts';
import type { Locale } from './locale.ts';

/**
 * A language's word tree. English is in the first load; Japanese is its own chunk, fetched
 * before the first render when it is the page's language, or when the reader switches to it.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en-US':
      return en;
    case 'ja-JP':
      return (await import('./ja.ts')).ja;
  }
}
