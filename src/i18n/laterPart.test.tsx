// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test/support/renderInApp.tsx';
import { Later, laterPart, loadPart, partLoads, useLoadedPart } from './laterPart.ts';
import { wordsOf } from './lazyWords.ts';

afterEach(cleanup);

/** A module that arrives when the test says so. */
function gated<T>(value: T) {
  let arrive: () => void = () => undefined;
  const importer = vi.fn(
    () =>
      new Promise<T>((resolve) => {
        arrive = () => {
          resolve(value);
        };
      }),
  );
  return {
    importer,
    arrive: () =>
      act(async () => {
        arrive();
        await importer.mock.results[0]?.value;
      }),
  };
}

describe('laterPart', () => {
  it('lists each load for the idle preload: a code, then its words, a namespace once', async () => {
    const started: string[] = [];
    const part = (name: string, words: Parameters<typeof laterPart>[1]) =>
      laterPart(() => {
        started.push(name);
        return Promise.resolve(name);
      }, words);
    const loads = partLoads(
      [part('stage', ['problems', 'decoded']), part('view', ['decoded', 'code'])],
      'en-US',
    );
    expect(loads).toHaveLength(5);
    for (const load of loads) await load();
    expect(started).toEqual(['stage', 'view']);
    for (const name of ['problems', 'decoded', 'code'] as const) {
      expect(wordsOf(name, 'en-US').value).toBeDefined();
    }
  });

  it('loads code and words together, once, and keeps them', async () => {
    const importer = vi.fn(() => Promise.resolve({ View: 'view' }));
    const part = laterPart(importer, ['history']);
    await expect(loadPart(part, 'ja-JP')).resolves.toEqual({ View: 'view' });
    await loadPart(part, 'ja-JP');
    expect(importer).toHaveBeenCalledTimes(1);
    expect(wordsOf('history', 'ja-JP').value?.title).toBe('最近のトークン');
    expect(part.value).toEqual({ View: 'view' });
  });

  it('draws a part once its code and its words have arrived', async () => {
    const code = gated({ text: 'the view' });
    const part = laterPart(code.importer, ['notices']);
    // Awaited, so that React's test queue follows what resolves after the first render.
    await act(() => renderInApp(<Later part={part}>{({ text }) => <p>{text}</p>}</Later>));
    expect(screen.getByText('loading')).toBeDefined();
    await code.arrive();
    expect(await screen.findByText('the view')).toBeDefined();
    expect(wordsOf('notices', 'en-US').value).toBeDefined();
  });

  it('shows a loaded part without starting any load, and only with its words', async () => {
    const code = gated({ text: 'setup controls' });
    const part = laterPart(code.importer, ['setup']);
    function Controls() {
      const loaded = useLoadedPart(part);
      return <p>{loaded ? loaded.text : 'not yet'}</p>;
    }
    await renderInApp(<Controls />, { locale: 'ja-JP' });
    expect(screen.getByText('not yet')).toBeDefined();
    expect(code.importer).not.toHaveBeenCalled();
    const loading = part.load();
    await code.arrive();
    await loading;
    // The code is there, the words in Japanese are not: still nothing.
    expect(screen.getByText('not yet')).toBeDefined();
    await act(() => wordsOf('setup', 'ja-JP').load());
    expect(await screen.findByText('setup controls')).toBeDefined();
  });
});
