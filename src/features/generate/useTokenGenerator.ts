import { startTransition, use, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AccessTokenRequest, SignedAccessToken } from '../../token/createAccessToken.ts';
import { addRecentToken, type RecentToken } from '../history/tokenList.ts';
import { secondStage } from './loadSecondStage.ts';
import { SignedRequestContext } from './signedRequest.ts';

export type GeneratorState =
  | { readonly status: 'idle' }
  /** `request` is what the form held: the token is stale once the form says otherwise. */
  | {
      readonly status: 'signed';
      readonly token: SignedAccessToken;
      readonly request: AccessTokenRequest;
    }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Signs tokens and keeps the newest outcome and the tab's recent tokens. A signing call that
 * finishes after a newer one started (or after `clear`) is dropped, so an old token can never
 * replace a newer state. `generate` and `clear` never change. The request of the token on
 * screen also goes to the form's SignedRequestStore, for the Code tab.
 */
export function useTokenGenerator() {
  const [state, setState] = useState<GeneratorState>({ status: 'idle' });
  const [recent, setRecent] = useState<readonly RecentToken[]>([]);
  const latest = useRef(0);
  const nextRecentId = useRef(0);
  const signed = use(SignedRequestContext);

  const generate = useCallback(
    async (request: AccessTokenRequest): Promise<GeneratorState> => {
      const attempt = ++latest.current;
      let next: GeneratorState;
      try {
        // Preloaded before anyone can click; awaiting an already-loaded module costs a microtask.
        const { createAccessToken } = secondStage.value ?? (await secondStage.load());
        next = { status: 'signed', token: await createAccessToken(request), request };
      } catch (error) {
        next = { status: 'failed', error };
      }
      if (attempt !== latest.current) return next;
      // The update comes after an await, where React would give it default priority, which
      // cannot cut in front of a transition already rendering (the previous token's
      // explanation). Flushed synchronously, the token is committed in this task, ahead of any
      // deferred work.
      flushSync(() => {
        setState(next);
      });
      signed?.set(next.status === 'signed' ? request : undefined);
      if (next.status === 'signed') {
        const { token } = next;
        const id = ++nextRecentId.current;
        // The history shows after the token's frame anyway: it must not share its render.
        startTransition(() => {
          setRecent((list) => addRecentToken(list, token, request, id));
        });
      }
      return next;
    },
    [signed],
  );

  const clear = useCallback(() => {
    latest.current += 1;
    setState({ status: 'idle' });
    signed?.set(undefined);
  }, [signed]);

  return { state, recent, generate, clear };
}
