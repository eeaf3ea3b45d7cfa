import { sealData } from 'iron-session';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type * as OpenSeal from './open-seal';

/** Cache hits, misses and evictions, observed through how often the seal is really opened (mutation testing). */

const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('./open-seal', async (importOriginal) => {
  const actual = await importOriginal<typeof OpenSeal>();
  return {
    openSeal: async (...args: Parameters<typeof actual.openSeal>) => {
      opened.count += 1;
      return actual.openSeal(...args);
    },
  };
});

const { clearUnsealCache, sealExpiration, unsealCached, unsealCacheSize } = await import('./unseal-cache');

const PASSWORD = 'unseal-cache-mutants-password-0123456789-abc';
const OTHER = 'unseal-cache-mutants-other-password-0123456789';
const MAX_ENTRIES = 1000;

beforeEach(() => {
  clearUnsealCache();
  opened.count = 0;
});

describe('unsealCached', () => {
  it('opens a seal once, then answers from memory while it is valid', async () => {
    const seal = await sealData({ sid: 'once' }, { password: PASSWORD, ttl: 600 });
    const now = Date.now();
    expect(await unsealCached(seal, { password: PASSWORD }, now)).toEqual({ sid: 'once' });
    expect(await unsealCached(seal, { password: PASSWORD }, now)).toEqual({ sid: 'once' });
    expect(await unsealCached(seal, { password: PASSWORD }, sealExpiration(seal)! - 1)).toEqual({
      sid: 'once',
    });
    expect(opened.count).toBe(1);
  });

  it('at the seal’s expiration it opens the seal again', async () => {
    const seal = await sealData({ sid: 'expiring' }, { password: PASSWORD, ttl: 600 });
    await unsealCached(seal, { password: PASSWORD });
    await unsealCached(seal, { password: PASSWORD }, sealExpiration(seal)!);
    expect(opened.count).toBe(2);
  });

  it('does not remember a seal read at or after its expiration', async () => {
    const seal = await sealData({ sid: 'late' }, { password: PASSWORD, ttl: 600 });
    const expiration = sealExpiration(seal)!;
    // iron-session still opens it (its clock is the real one); the cache must not keep it.
    expect(await unsealCached(seal, { password: PASSWORD }, expiration)).toEqual({ sid: 'late' });
    expect(unsealCacheSize()).toBe(0);
    expect(await unsealCached(seal, { password: PASSWORD }, expiration - 1)).toEqual({ sid: 'late' });
    expect(unsealCacheSize()).toBe(1);
  });

  it('does not remember a seal without an expiration', async () => {
    const seal = await sealData({ sid: 'forever' }, { password: PASSWORD, ttl: 0 });
    expect(await unsealCached(seal, { password: PASSWORD, ttl: 0 })).toEqual({ sid: 'forever' });
    expect(unsealCacheSize()).toBe(0);
  });

  it('a remembered seal is not handed out under a password map that shares only some ids', async () => {
    const seal = await sealData({ sid: 'rotated' }, { password: { 1: PASSWORD } });
    const both = { 1: PASSWORD, 2: OTHER };
    // Cached under {1, 2}; then id 1 (the one that opens it) is dropped and id 3 added.
    expect(await unsealCached(seal, { password: both })).toEqual({ sid: 'rotated' });
    expect(await unsealCached(seal, { password: { 2: OTHER, 3: PASSWORD.replace('a', 'b') } })).toEqual({});
    expect(opened.count).toBe(2);
  });

  it('a different number of passwords is a different password', async () => {
    const seal = await sealData({ sid: 'maps' }, { password: { 1: PASSWORD } });
    await unsealCached(seal, { password: { 1: PASSWORD, 2: OTHER } });
    expect(await unsealCached(seal, { password: { 1: PASSWORD } })).toEqual({ sid: 'maps' });
    expect(opened.count).toBe(2);
    // The same map again is a hit.
    await unsealCached(seal, { password: { 1: PASSWORD } });
    expect(opened.count).toBe(2);
  });

  it('the same password as a string and as an equal map (a copy) is a hit', async () => {
    const seal = await sealData({ sid: 'same' }, { password: PASSWORD, ttl: 600 });
    await unsealCached(seal, { password: PASSWORD });
    await unsealCached(seal, { password: PASSWORD });
    expect(opened.count).toBe(1);
    const mapSeal = await sealData({ sid: 'map' }, { password: { 1: PASSWORD } });
    await unsealCached(mapSeal, { password: { 1: PASSWORD } });
    await unsealCached(mapSeal, { password: { 1: PASSWORD } });
    expect(opened.count).toBe(2);
  });

  it('a remembered entry that no longer opens (wrong password) is dropped', async () => {
    const seal = await sealData({ sid: 'dropped' }, { password: PASSWORD, ttl: 600 });
    await unsealCached(seal, { password: PASSWORD });
    expect(unsealCacheSize()).toBe(1);
    expect(await unsealCached(seal, { password: OTHER })).toEqual({});
    expect(unsealCacheSize()).toBe(0);
  });

  it('holds at most 1000 seals and drops the least recently used first', async () => {
    const seals = await Promise.all(
      Array.from({ length: MAX_ENTRIES + 1 }, (_, index) =>
        sealData({ sid: `lru-${index}` }, { password: PASSWORD, ttl: 600 }),
      ),
    );
    for (const seal of seals.slice(0, MAX_ENTRIES)) await unsealCached(seal, { password: PASSWORD });
    expect(unsealCacheSize()).toBe(MAX_ENTRIES);
    // Using seal 0 makes it the most recent: seal 1 is now the one to go.
    await unsealCached(seals[0]!, { password: PASSWORD });
    await unsealCached(seals[MAX_ENTRIES]!, { password: PASSWORD });
    expect(unsealCacheSize()).toBe(MAX_ENTRIES);
    opened.count = 0;
    await unsealCached(seals[0]!, { password: PASSWORD });
    await unsealCached(seals[2]!, { password: PASSWORD });
    await unsealCached(seals[MAX_ENTRIES]!, { password: PASSWORD });
    expect(opened.count).toBe(0);
    expect(await unsealCached(seals[1]!, { password: PASSWORD })).toEqual({ sid: 'lru-1' });
    expect(opened.count).toBe(1);
  });
});

describe('sealExpiration', () => {
  it('reads only the sixth component of the seal body, never the version part', () => {
    expect(sealExpiration('Fe26.2*1*salt*iv*data*1764241200000*hsalt*hmac')).toBe(1764241200000);
    expect(sealExpiration('Fe26.2*1*salt*iv*data~2*1764241200000')).toBeUndefined();
    expect(sealExpiration('Fe26.2*1*salt*iv*data*abc*hsalt*hmac~2')).toBeUndefined();
  });
});
