/** One key in localStorage holds the remembered setup; its presence means "remember" is on. */
export const SETUP_STORAGE_KEY = 'access-token-lab:setup';

/** Whether this browser remembers a setup, without reading it. */
export function hasRememberedSetup(): boolean {
  try {
    return localStorage.getItem(SETUP_STORAGE_KEY) !== null;
  } catch {
    // Storage blocked (private modes, policies): nothing can have been remembered.
    return false;
  }
}
