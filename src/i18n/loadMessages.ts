import { en, type Messages } from './en.ts';
import type { Locale } from './locale.ts';

/**
 * The main messages for a language. English is in the first load; other languages arrive as
 * their own chunk, so an English page never downloads Japanese and the other way round costs
 * one small request.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en-US':
      return en;
    case 'ja-JP':
      return (await import('./ja.ts')).ja;
  }
}
