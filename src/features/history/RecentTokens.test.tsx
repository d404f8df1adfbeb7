// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FROZEN_NOW_MS, fixtureRequest } from '../../../test/support/fixtures.ts';
import { installBrowserShims, renderInApp } from '../../../test/support/renderInApp.tsx';
import { createAccessToken, type AccessTokenRequest } from '../../token/createAccessToken.ts';
import { addRecentToken, type RecentToken } from './tokenList.ts';
import { RecentTokens } from './RecentTokens.tsx';

installBrowserShims();

const NOW_S = FROZEN_NOW_MS / 1000;

/** Recent tokens as the generator lists them: really signed, newest first. */
async function made(
  requests: readonly Partial<AccessTokenRequest>[],
): Promise<readonly RecentToken[]> {
  let list: readonly RecentToken[] = [];
  let id = 0;
  for (const overrides of requests) {
    const request = fixtureRequest(overrides);
    list = addRecentToken(list, await createAccessToken(request), request, ++id);
  }
  return list;
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const MADE_AT = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' }).format(FROZEN_NOW_MS);

describe('RecentTokens', () => {
  beforeEach(() => {
    // Date and the page clock's interval are the test's; Testing Library's own timeouts stay real.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(FROZEN_NOW_MS);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('lists every token newest first, with identity, grants, time and status', async () => {
    const tokens = await made([
      { identity: 'alice' },
      { identity: 'bob', grants: { voice: {}, chat: {} } },
    ]);
    await renderInApp(<RecentTokens tokens={tokens} />, { words: ['history', 'decoded'] });

    expect(screen.getByRole('heading', { name: 'Recent tokens' })).toBeDefined();
    const [bob, alice] = rows();
    expect(bob?.textContent).toContain('bob');
    expect(bob?.textContent).toContain(`Voice, Chat · made at ${MADE_AT}`);
    expect(alice?.textContent).toContain(`Video · made at ${MADE_AT}`);
    expect(alice?.textContent).toContain('Valid');
    expect(alice?.textContent).toContain('1 h left');
  });

  it('keeps each row’s status live: valid, then expired', async () => {
    const tokens = await made([{ identity: 'brief', ttl: 90 }]);
    await renderInApp(<RecentTokens tokens={tokens} />, { words: ['history', 'decoded'] });
    expect(rows()[0]?.textContent).toContain('Valid1 min left');

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(rows()[0]?.textContent).toContain('Valid30 s left');

    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(rows()[0]?.textContent).toContain('Expired1 s ago');
  });

  it('says a token is not valid yet until its nbf', async () => {
    const tokens = await made([{ identity: 'later', nbf: NOW_S + 120 }]);
    await renderInApp(<RecentTokens tokens={tokens} />, { words: ['history', 'decoded'] });
    expect(rows()[0]?.textContent).toContain('Not valid yet');
    act(() => {
      vi.advanceTimersByTime(120_000);
    });
    expect(rows()[0]?.textContent).toContain('Valid');
  });

  it('copies and inspects the token of its own row', async () => {
    const user = userEvent.setup();
    const inspect = vi.fn();
    const tokens = await made([{ identity: 'alice' }, { identity: 'bob' }]);
    await renderInApp(<RecentTokens tokens={tokens} />, {
      words: ['history', 'decoded'],
      actions: { inspect },
    });
    const alice = tokens.find((token) => token.identity === 'alice');

    await user.click(
      screen.getByRole('button', { name: `Inspect token for alice made at ${MADE_AT}` }),
    );
    expect(inspect).toHaveBeenCalledExactlyOnceWith(alice?.jwt);

    await user.click(
      screen.getByRole('button', { name: `Copy token for alice made at ${MADE_AT}` }),
    );
    expect(await navigator.clipboard.readText()).toBe(alice?.jwt);
  });

  it('a new token renders one new row, and a tick that changes no text renders none', async () => {
    const tokens = await made([{ identity: 'alice' }, { identity: 'bob' }, { identity: 'carol' }]);
    // Every row render formats its "made at" time once: counting the formatter counts renders.
    // (`format` is a getter in the spec, which returns a bound function; lib.d.ts says method.)
    const prototype = Intl.DateTimeFormat.prototype as { readonly format: unknown };
    const formats = vi.spyOn(prototype, 'format', 'get');
    const view = await renderInApp(<RecentTokens tokens={tokens.slice(1)} />, {
      words: ['history', 'decoded'],
    });
    expect(formats).toHaveBeenCalledTimes(2);

    formats.mockClear();
    view.rerender(<RecentTokens tokens={tokens} />);
    expect(rows()).toHaveLength(3);
    expect(formats).toHaveBeenCalledTimes(1);

    // 1 h left → 59 min left changes every row's text once; the next 59 ticks change nothing.
    formats.mockClear();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(formats).toHaveBeenCalledTimes(3);
    formats.mockClear();
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(formats).not.toHaveBeenCalled();
  });

  it('speaks Japanese when the page does', async () => {
    const tokens = await made([{ identity: 'アリス' }]);
    await renderInApp(<RecentTokens tokens={tokens} />, {
      locale: 'ja-JP',
      words: ['history', 'decoded'],
    });
    expect(screen.getByRole('heading', { level: 3 }).textContent).not.toBe('Recent tokens');
    expect(rows()[0]?.textContent).toContain('アリス');
  });
});
