import { csharp } from './csharp.ts';
import { go } from './go.ts';
import { java } from './java.ts';
import type { LibraryLayout } from './libraryLayout.ts';
import { node } from './node.ts';
import { php } from './php.ts';
import { python } from './python.ts';
import { ruby } from './ruby.ts';

export type { LibraryLayout, Traits } from './libraryLayout.ts';

/** Twilio's seven helper libraries, in the Code tab's order. */
export const LIBRARY_LAYOUTS: readonly LibraryLayout[] = [
  node,
  python,
  java,
  csharp,
  php,
  ruby,
  go,
];
