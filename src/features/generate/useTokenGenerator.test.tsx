// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEY_SECRET, FROZEN_NOW_MS, fixtureRequest } from '../../../test/support/fixtures.ts';
import { installBrowserShims } from '../../../test/support/renderInApp.tsx';
import { twilioNodeToken } from '../../../test/support/twilioOracle.ts';
import type { AccessTokenRequest } from '../../token/createAccessToken.ts';
import { useTokenGenerator, type GeneratorState } from './useTokenGenerator.ts';

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

vi.mock('./loadSecondStage.ts', async () => {
  const { laterPart } = await import('../../i18n/laterPart.ts');
  const signer = await import('../../token/createAccessToken.ts');
  return {
    secondStage: laterPart(() =>
      Promise.resolve({
        createAccessToken: async (request: AccessTokenRequest) => {
          await gates.wait(request.identity);
          return signer.createAccessToken(request);
        },
      }),
    ),
  };
});

const request = (identity: string, apiKeySecret = API_KEY_SECRET) =>
  fixtureRequest({ identity, apiKeySecret, grants: { video: { room: 'standup' } } });

/** What twilio-node makes of the same request, at the same frozen time. */
const oracle = (identity: string) => twilioNodeToken({ ...request(identity), ttl: 3600 });

type Generator = ReturnType<typeof useTokenGenerator>;

/** Lets pending promise callbacks (the gate, the signer's WebCrypto) run, inside act(). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

/** Calls generate() and waits until the call is held at its gate; `outcome` is its promise. */
async function start(hook: { readonly current: Generator }, identity: string, secret?: string) {
  let outcome: Promise<GeneratorState> | undefined;
  act(() => {
    outcome = hook.current.generate(request(identity, secret));
  });
  await settle();
  return { outcome };
}

/** Opens the gate of the call signing for `identity` and waits for what it returns. */
const finish = (identity: string, call: { outcome: Promise<GeneratorState> | undefined }) => {
  gates.open(identity);
  return act(() => call.outcome);
};

describe('useTokenGenerator', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FROZEN_NOW_MS);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the token twilio-node would make and lists it in recent tokens', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    expect(result.current.state).toEqual({ status: 'idle' });

    await finish('alice', await start(result, 'alice'));

    const { state, recent } = result.current;
    expect(state.status).toBe('signed');
    if (state.status !== 'signed') return;
    expect(state.token.jwt).toBe(oracle('alice'));
    expect(state.request.identity).toBe('alice');
    expect(recent.map((entry) => entry.jwt)).toEqual([oracle('alice')]);
  });

  it('drops a token whose signing finishes after a newer one started', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    const older = await start(result, 'older');
    const newer = await start(result, 'newer');

    await finish('newer', newer);
    expect(result.current.state.status === 'signed' && result.current.state.token.jwt).toBe(
      oracle('newer'),
    );

    // The dropped call still tells its caller what it made, but the screen keeps the newer token.
    expect(await finish('older', older)).toMatchObject({ status: 'signed' });
    expect(result.current.state.status === 'signed' && result.current.state.token.jwt).toBe(
      oracle('newer'),
    );
    expect(result.current.recent.map((entry) => entry.identity)).toEqual(['newer']);
  });

  it('keeps the page cleared when a signing call finishes after clear()', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    const late = await start(result, 'late');
    act(() => {
      result.current.clear();
    });
    await finish('late', late);
    expect(result.current.state).toEqual({ status: 'idle' });
    expect(result.current.recent).toEqual([]);
  });

  it('a failure shows the error and keeps the earlier tokens in the list', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    await finish('alice', await start(result, 'alice'));
    // The signer refuses an empty secret, naming the field.
    await finish('bob', await start(result, 'bob', ''));

    const { state, recent } = result.current;
    expect(state.status).toBe('failed');
    if (state.status !== 'failed') return;
    expect(state.error).toMatchObject({ field: 'apiKeySecret' });
    expect(recent.map((entry) => entry.identity)).toEqual(['alice']);
  });

  it('generate and clear keep their identity across renders', async () => {
    const { result } = renderHook(() => useTokenGenerator());
    const { generate, clear } = result.current;
    await finish('carol', await start(result, 'carol'));
    expect(result.current.generate).toBe(generate);
    expect(result.current.clear).toBe(clear);
  });
});
