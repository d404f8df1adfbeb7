import type { GenerateFormInput } from '../../token/validation/generateFormSchema.ts';
import { restoreSnapshot, takeSnapshot } from './setupSnapshot.ts';

export { SETUP_STORAGE_KEY };

import { SETUP_STORAGE_KEY } from './setupStorageKey.ts';

const FORMAT_VERSION = 1;

/** The remembered form values (secret empty), or `undefined` when nothing usable is stored. */
export function loadRememberedSetup(): GenerateFormInput | undefined {
  try {
    const text = localStorage.getItem(SETUP_STORAGE_KEY);
    if (text === null) return undefined;
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null || !('setup' in stored)) return undefined;
    return restoreSnapshot(stored.setup);
  } catch {
    return undefined;
  }
}

/** Keeps the non-secret part of `values`. Returns false when the browser refuses to store. */
export function rememberSetup(values: GenerateFormInput): boolean {
  try {
    localStorage.setItem(
      SETUP_STORAGE_KEY,
      JSON.stringify({ version: FORMAT_VERSION, setup: takeSnapshot(values) }),
    );
    return true;
  } catch {
    return false;
  }
}

export function forgetSetup(): void {
  try {
    localStorage.removeItem(SETUP_STORAGE_KEY);
  } catch {
    // Nothing could have been stored either.
  }
}
