import { sealData } from 'iron-session';
import { beforeEach, describe, expect, it } from 'vitest';

import { clearUnsealCache, sealExpiration, unsealCached, unsealCacheSize } from './unseal-cache';

const PASSWORD = 'unseal-cache-test-password-0123456789-abcdef';
const OTHER_PASSWORD = 'another-password-for-the-unseal-cache-9876543210';

describe('unseal cache', () => {
  beforeEach(() => clearUnsealCache());

  it('unseals as iron-session does, and the second time from memory', async () => {
    const seal = await sealData({ auth: { token: 't', expiresAt: 1 } }, { password: PASSWORD, ttl: 600 });
    expect(await unsealCached(seal, { password: PASSWORD })).toEqual({ auth: { token: 't', expiresAt: 1 } });
    expect(unsealCacheSize()).toBe(1);
    expect(await unsealCached(seal, { password: PASSWORD })).toEqual({ auth: { token: 't', expiresAt: 1 } });
    expect(unsealCacheSize()).toBe(1);
  });

  it('hands out copies: changing a result does not change the next one', async () => {
    const seal = await sealData({ auth: { token: 't' } }, { password: PASSWORD, ttl: 600 });
    const first = await unsealCached<{ auth: { token: string } }>(seal, { password: PASSWORD });
    first.auth.token = 'changed';
    const second = await unsealCached<{ auth: { token: string } }>(seal, { password: PASSWORD });
    expect(second.auth.token).toBe('t');
  });

  it('a tampered seal reads as empty and is not remembered', async () => {
    const seal = await sealData({ auth: { token: 't' } }, { password: PASSWORD, ttl: 600 });
    const tampered = seal.replace(
      /\*([^*]+)~2$/,
      (_match, hmac: string) => `*${hmac.startsWith('A') ? 'B' : 'A'}${hmac.slice(1)}~2`,
    );
    expect(await unsealCached(tampered, { password: PASSWORD })).toEqual({});
    expect(unsealCacheSize()).toBe(0);
  });

  it('a remembered seal does not open with another password', async () => {
    const seal = await sealData({ auth: { token: 't' } }, { password: PASSWORD, ttl: 600 });
    await unsealCached(seal, { password: PASSWORD });
    expect(await unsealCached(seal, { password: OTHER_PASSWORD })).toEqual({});
    expect(await unsealCached(seal, { password: { 2: OTHER_PASSWORD } })).toEqual({});
  });

  it('is never used past the seal’s own expiration', async () => {
    const seal = await sealData({ auth: { token: 't' } }, { password: PASSWORD, ttl: 600 });
    const expiration = sealExpiration(seal)!;
    expect(expiration).toBeGreaterThan(Date.now() + 590_000);
    expect(expiration).toBeLessThanOrEqual(Date.now() + 600_000);
    await unsealCached(seal, { password: PASSWORD });
    // At the expiration the entry is dropped and iron-session decides again (it allows 60 s of clock skew).
    await unsealCached(seal, { password: PASSWORD }, expiration);
    expect(unsealCacheSize()).toBe(0);
    expect(await unsealCached(seal, { password: PASSWORD }, expiration + 120_000)).toEqual({
      auth: { token: 't' },
    });
    expect(unsealCacheSize()).toBe(0);
  });

  it('an empty session is not remembered', async () => {
    const seal = await sealData({}, { password: PASSWORD, ttl: 600 });
    expect(await unsealCached(seal, { password: PASSWORD })).toEqual({});
    expect(unsealCacheSize()).toBe(0);
  });

  it('reads the expiration from the seal, or none', () => {
    expect(sealExpiration('Fe26.2*1*salt*iv*data*1764241200000*hsalt*hmac~2')).toBe(1764241200000);
    expect(sealExpiration('Fe26.2*1*salt*iv*data**hsalt*hmac~2')).toBeUndefined();
    expect(sealExpiration('garbage')).toBeUndefined();
  });
});
