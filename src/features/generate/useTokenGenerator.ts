import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccessTokenRequest, SignedAccessToken } from '../../token/createAccessToken.ts';
import { loadSigner } from './lazyParts.ts';

export type GeneratorState =
  | { readonly status: 'idle' }
  | { readonly status: 'signed'; readonly token: SignedAccessToken }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Signs tokens and keeps only the newest outcome: a signing call that finishes after a newer one
 * started (or after `clear`) is dropped, so an old token can never replace a newer state.
 * `onSigned` hears of each token that became the current one.
 */
export function useTokenGenerator(
  onSigned?: (token: SignedAccessToken, request: AccessTokenRequest) => void,
) {
  const [state, setState] = useState<GeneratorState>({ status: 'idle' });
  const latest = useRef(0);
  const onSignedRef = useRef(onSigned);
  useEffect(() => {
    onSignedRef.current = onSigned;
  });

  const generate = useCallback(async (request: AccessTokenRequest): Promise<GeneratorState> => {
    const attempt = ++latest.current;
    let next: GeneratorState;
    try {
      const { createAccessToken } = await loadSigner();
      next = { status: 'signed', token: await createAccessToken(request) };
    } catch (error) {
      next = { status: 'failed', error };
    }
    if (attempt === latest.current) {
      setState(next);
      if (next.status === 'signed') onSignedRef.current?.(next.token, request);
    }
    return next;
  }, []);

  const clear = useCallback(() => {
    latest.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, generate, clear };
}
