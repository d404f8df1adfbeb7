import { SNIPPETS } from './index.ts';
import { edgeRoute } from './routes/edge.ts';
import type { RouteId } from './routes/route.ts';
import type { SnippetId } from './snippet.ts';

/** A tab of the Code tab: a language with a script and a route, or the edge program. */
export type CodeLanguage = RouteId;

/**
 * Where the Code tab keeps the chosen language: its id (`python`) and nothing else, never a
 * value from the form. Read back only if it names one of the tabs.
 */
export const CODE_LANGUAGE_STORAGE_KEY = 'access-token-lab:code-language';

// Where storage is blocked, the choice still lasts while the page is open.
let chosenThisVisit: CodeLanguage | undefined;

export function isSnippetId(value: unknown): value is SnippetId {
  return SNIPPETS.some((snippet) => snippet.id === value);
}

export function isCodeLanguage(value: unknown): value is CodeLanguage {
  return isSnippetId(value) || value === edgeRoute.id;
}

/** The language chosen last, or the first tab's. */
export function initialCodeLanguage(): CodeLanguage {
  if (chosenThisVisit) return chosenThisVisit;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(CODE_LANGUAGE_STORAGE_KEY);
  } catch {
    // Blocked storage (private modes, policies): the first tab, as on a first visit.
  }
  return isCodeLanguage(saved) ? saved : (SNIPPETS[0]?.id ?? 'node');
}

export function rememberCodeLanguage(id: CodeLanguage): void {
  chosenThisVisit = id;
  try {
    localStorage.setItem(CODE_LANGUAGE_STORAGE_KEY, id);
  } catch {
    // Storage can be full or blocked: the choice then lasts this visit.
  }
}
