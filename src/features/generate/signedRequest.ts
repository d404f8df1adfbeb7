import { createContext, use, useSyncExternalStore } from 'react';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';

/**
 * The request behind the token on the Generate tab, for the views that compare against it (the
 * Code tab says when its program no longer makes that token). Kept outside React's state: the
 * generator writes it with one assignment on the way to the token and re-renders nothing; only
 * a view that is open and reads it re-renders.
 */
export interface SignedRequestStore {
  readonly get: () => AccessTokenRequest | undefined;
  readonly set: (request: AccessTokenRequest | undefined) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createSignedRequestStore(): SignedRequestStore {
  let current: AccessTokenRequest | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (request) => {
      current = request;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Where GeneratorFormProvider puts the store, beside the form. */
export const SignedRequestContext = createContext<SignedRequestStore | null>(null);

/** The request of the token on screen, or undefined before the first token and after a clear. */
export function useSignedRequest(): AccessTokenRequest | undefined {
  const store = use(SignedRequestContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? nothing);
}

const noSubscription = () => () => undefined;
const nothing = () => undefined;
