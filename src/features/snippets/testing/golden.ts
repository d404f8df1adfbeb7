import { fileURLToPath } from 'node:url';
import type { Snippet } from '../snippet.ts';
import type { SnippetConfigName } from './configs.ts';

/** The folder of expected snippet sources, one file per configuration and language. */
export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/** `golden/<config>.<ext>`, the extension taken from the snippet's own file name. */
export function goldenPath(config: SnippetConfigName, snippet: Snippet): string {
  const extension = snippet.filename.slice(snippet.filename.lastIndexOf('.') + 1);
  return `${GOLDEN_DIR}${config}.${extension}`;
}

/** `UPDATE_GOLDEN=1 npx vitest run src/features/snippets` rewrites the files instead of comparing. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
