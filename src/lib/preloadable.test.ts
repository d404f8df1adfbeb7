import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable.ts';

describe('preloadable', () => {
  it('loads once, keeps the value, and marks the promise for React’s use', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const module = preloadable(importer);
    expect(module.value).toBeUndefined();
    const first = module.load();
    expect(module.load()).toBe(first);
    expect(first).toMatchObject({ status: 'pending' });
    await first;
    expect(first).toMatchObject({ status: 'fulfilled', value: { answer: 42 } });
    expect(module.value).toEqual({ answer: 42 });
    expect(module.load()).toBe(first);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tells its subscribers once it has loaded, and not after they stop listening', async () => {
    const module = preloadable(() => Promise.resolve('words'));
    const heard = vi.fn();
    const gone = vi.fn();
    module.subscribe(heard);
    module.subscribe(gone)();
    await module.load();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });

  it('forgets a failed load, so the next one tries again', async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('words');
    const module = preloadable(importer);
    const failed = module.load();
    await expect(failed).rejects.toThrow('offline');
    expect(failed).toMatchObject({ status: 'rejected' });
    expect(module.value).toBeUndefined();
    await expect(module.load()).resolves.toBe('words');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
