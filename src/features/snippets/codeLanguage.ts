import { SNIPPETS } from './index.ts';
import type { SnippetId } from './snippet.ts';

/**
 * Where the Code tab keeps the chosen language: its id (`python`) and nothing else, never a
 * value from the form. Read back only if it names one of the tabs.
 */
export const CODE_LANGUAGE_STORAGE_KEY = 'access-token-lab:code-language';

// Where storage is blocked, the choice still lasts while the page is open.
let chosenThisVisit: SnippetId | undefined;

export function isSnippetId(value: unknown): value is SnippetId {
  return SNIPPETS.some((snippet) => snippet.id === value);
}

/** The language chosen last, or the first tab's. */
export function initialCodeLanguage(): SnippetId {
  if (chosenThisVisit) return chosenThisVisit;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(CODE_LANGUAGE_STORAGE_KEY);
  } catch {
    // Blocked storage (private modes, policies): the first tab, as on a first visit.
  }
  return isSnippetId(saved) ? saved : (SNIPPETS[0]?.id ?? 'node');
}

export function rememberCodeLanguage(id: SnippetId): void {
  chosenThisVisit = id;
  try {
    localStorage.setItem(CODE_LANGUAGE_STORAGE_KEY, id);
  } catch {
    // Storage can be full or blocked: the choice then lasts this visit.
  }
}
