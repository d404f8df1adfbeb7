// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../test/support/renderInApp.tsx';
import { CopyButton } from './CopyButton.tsx';

const WORDS = { label: 'Copy access token', copiedLabel: 'Copied', failedLabel: 'Could not copy' };

describe('CopyButton', () => {
  beforeEach(() => {
    // Time still flows (Testing Library waits on real timeouts), and the test may jump ahead.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
  // user-event puts a clipboard of its own on navigator for each setup(): a real one to read back.
  const setup = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });

  it('copies the exact text, says "Copied", and goes back after 2 s', async () => {
    const user = setup();
    await renderInApp(<CopyButton value={'eyJ.token\u2028with "odd" text'} {...WORDS} />);
    const button = screen.getByRole('button', { name: 'Copy access token' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe('eyJ.token\u2028with "odd" text');
    await waitFor(() => {
      expect(status.textContent).toBe('Copied');
    });
    // The name stays what people and tools look for; only the live region speaks.
    expect(screen.getByRole('button', { name: 'Copy access token' })).toBe(button);

    act(() => {
      vi.advanceTimersByTime(1500);
    });
    expect(status.textContent).toBe('Copied');
    act(() => {
      vi.advanceTimersByTime(600);
    });
    expect(status.textContent).toBe('');
  });

  it('makes the text at the moment of the click when given a function', async () => {
    const user = setup();
    let current = 'first';
    await renderInApp(<CopyButton value={() => current} {...WORDS} />);
    current = 'second';
    await user.click(screen.getByRole('button', { name: 'Copy access token' }));
    expect(await navigator.clipboard.readText()).toBe('second');
  });

  it('says it could not copy when the browser refuses, and recovers on the next try', async () => {
    const user = setup();
    await renderInApp(<CopyButton value="eyJ.token" {...WORDS} />);
    const refuse = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    const button = screen.getByRole('button', { name: 'Copy access token' });
    const status = screen.getByRole('status');

    await user.click(button);
    expect(refuse).toHaveBeenCalledWith('eyJ.token');
    await waitFor(() => {
      expect(status.textContent).toBe('Could not copy');
    });
    expect(status.dataset.failed).toBe('true');
    // A failure is not a state that times out: the person still has to copy by hand.
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(status.textContent).toBe('Could not copy');

    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe('eyJ.token');
    await waitFor(() => {
      expect(status.textContent).toBe('Copied');
    });
    expect(status.dataset.failed).toBeUndefined();
  });

  it('takes a longer accessible name when many copy buttons share a page', async () => {
    const user = setup();
    await renderInApp(
      <CopyButton value="eyJ.a" {...WORDS} label="Copy" ariaLabel="Copy token for alice" />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy token for alice' }));
    expect(await navigator.clipboard.readText()).toBe('eyJ.a');
  });
});
