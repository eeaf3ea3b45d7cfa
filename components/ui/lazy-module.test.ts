import { describe, expect, it, vi } from 'vitest';

import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('loads once, however often it is asked, and then has the value at hand', async () => {
    const load = vi.fn(() => Promise.resolve('form'));
    const lazy = lazyModule(load);
    expect(lazy.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect([first, second]).toEqual(['form', 'form']);
    expect(await lazy.load()).toBe('form');
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.loaded()).toBe('form');
  });

  it('tries again after a failed load (offline, or a chunk gone with a new deployment)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValueOnce('dialog');
    const lazy = lazyModule<string>(load);
    await expect(lazy.load()).rejects.toThrow('ChunkLoadError');
    expect(lazy.loaded()).toBeUndefined();
    expect(await lazy.load()).toBe('dialog');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
