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
