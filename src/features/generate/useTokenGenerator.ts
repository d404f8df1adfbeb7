import { useCallback, useRef, useState } from 'react';
import type { AccessTokenRequest, SignedAccessToken } from '../../token/createAccessToken.ts';
import { loadSigner } from './lazyParts.ts';

export type GeneratorState =
  | { readonly status: 'idle' }
  | { readonly status: 'signed'; readonly token: SignedAccessToken }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Signs tokens and keeps only the newest outcome: a signing call that finishes after a newer one
 * started (or after `clear`) is dropped, so an old token can never replace a newer state.
 */
export function useTokenGenerator() {
  const [state, setState] = useState<GeneratorState>({ status: 'idle' });
  const latest = useRef(0);

  const generate = useCallback(async (request: AccessTokenRequest): Promise<GeneratorState> => {
    const attempt = ++latest.current;
    let next: GeneratorState;
    try {
      const { createAccessToken } = await loadSigner();
      next = { status: 'signed', token: await createAccessToken(request) };
    } catch (error) {
      next = { status: 'failed', error };
    }
    if (attempt === latest.current) setState(next);
    return next;
  }, []);

  const clear = useCallback(() => {
    latest.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, generate, clear };
}
