// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  API_KEY_SID,
  FROZEN_NOW_MS,
} from '../../../test/support/fixtures.ts';
import { installBrowserShims } from '../../../test/support/renderInApp.tsx';
import { twilioNodeToken } from '../../../test/support/twilioOracle.ts';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import { useTokenGenerator } from './useTokenGenerator.ts';

installBrowserShims();

/**
 * The real signer behind a gate per identity: a test decides when each signing call may finish,
 * so it can make an older call finish after a newer one.
 */
const gates = vi.hoisted(() => {
  const waiting = new Map<string, () => void>();
  return {
    /** Resolves once the test opens the gate for `identity`. */
    wait: (identity: string) =>
      new Promise<void>((resolve) => {
        waiting.set(identity, resolve);
      }),
    open(identity: string) {
      const resolve = waiting.get(identity);
      if (!resolve) throw new Error(`nothing is signing for ${identity}`);
      waiting.delete(identity);
      resolve();
    },
  };
});

vi.mock('./loadGeneratorParts.ts', async () => {
  const { preloadable } = await import('../../components/preloadable/preloadable.ts');
  const signer = await import('../../token/createAccessToken.ts');
  return {
    generatorParts: preloadable(() =>
      Promise.resolve({
        createAccessToken: async (request: AccessTokenRequest) => {
          await gates.wait(request.identity);
          return signer.createAccessToken(request);
        },
      }),
    ),
  };
});

const request = (identity: string, apiKeySecret = API_KEY_SECRET): AccessTokenRequest => ({
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret,
  identity,
  ttl: 3600,
  grants: { video: { room: 'standup' } },
  clock: () => FROZEN_NOW_MS,
});

/** What twilio-node makes of the same request, at the same frozen time. */
const oracle = (identity: string) => twilioNodeToken({ ...request(identity), ttl: 3600 });

/** Lets pending promise callbacks (the gate, the signer's WebCrypto) run, inside act(). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('useTokenGenerator', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FROZEN_NOW_MS);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the token twilio-node would make and lists it in recent tokens', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    expect(result.current.state).toEqual({ status: 'idle' });

    let outcome: Promise<unknown> | undefined;
    act(() => {
      outcome = result.current.generate(request('alice'));
    });
    await settle();
    gates.open('alice');
    await act(() => outcome);

    const { state, recent } = result.current;
    expect(state.status).toBe('signed');
    if (state.status !== 'signed') return;
    expect(state.token.jwt).toBe(oracle('alice'));
    expect(state.request.identity).toBe('alice');
    expect(recent.map((entry) => entry.jwt)).toEqual([oracle('alice')]);
  });

  it('drops a token whose signing finishes after a newer one started', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    let older: Promise<unknown> | undefined;
    let newer: Promise<unknown> | undefined;
    act(() => {
      older = result.current.generate(request('older'));
    });
    act(() => {
      newer = result.current.generate(request('newer'));
    });
    await settle();

    gates.open('newer');
    await act(() => newer);
    expect(result.current.state.status === 'signed' && result.current.state.token.jwt).toBe(
      oracle('newer'),
    );

    gates.open('older');
    // The dropped call still tells its caller what it made, but the screen keeps the newer token.
    const olderOutcome = await act(() => older);
    expect(olderOutcome).toMatchObject({ status: 'signed' });
    expect(result.current.state.status === 'signed' && result.current.state.token.jwt).toBe(
      oracle('newer'),
    );
    expect(result.current.recent.map((entry) => entry.identity)).toEqual(['newer']);
  });

  it('keeps the page cleared when a signing call finishes after clear()', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    let pending: Promise<unknown> | undefined;
    act(() => {
      pending = result.current.generate(request('late'));
    });
    await settle();
    act(() => {
      result.current.clear();
    });
    gates.open('late');
    await act(() => pending);
    expect(result.current.state).toEqual({ status: 'idle' });
    expect(result.current.recent).toEqual([]);
  });

  it('a failure shows the error and keeps the earlier tokens in the list', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    let first: Promise<unknown> | undefined;
    act(() => {
      first = result.current.generate(request('alice'));
    });
    await settle();
    gates.open('alice');
    await act(() => first);

    let failing: Promise<unknown> | undefined;
    act(() => {
      // The signer refuses an empty secret, naming the field.
      failing = result.current.generate(request('bob', ''));
    });
    await settle();
    gates.open('bob');
    await act(() => failing);

    const { state, recent } = result.current;
    expect(state.status).toBe('failed');
    if (state.status !== 'failed') return;
    expect(state.error).toMatchObject({ field: 'apiKeySecret' });
    expect(recent.map((entry) => entry.identity)).toEqual(['alice']);
  });

  it('generate and clear keep their identity across renders', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    const { generate, clear } = result.current;
    let pending: Promise<unknown> | undefined;
    act(() => {
      pending = generate(request('carol'));
    });
    await settle();
    gates.open('carol');
    await act(() => pending);
    expect(result.current.generate).toBe(generate);
    expect(result.current.clear).toBe(clear);
  });
});
