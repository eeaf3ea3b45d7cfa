import { describe, expect, it } from 'vitest';

import type { SessionAuth } from '@/lib/session/session-data';

import { callsInFlight, concurrencyKey, MAX_CONCURRENT_CALLS_PER_SESSION, withCallSlot } from './concurrency';

const auth = (issuedAt: number): SessionAuth => ({
  region: 'sandbox',
  flow: 'oauth2',
  customerId: 'c',
  clientId: 'demo',
  token: 'TOKEN_CANARY_x',
  issuedAt,
  expiresAt: issuedAt + 3_600_000,
});

describe('withCallSlot', () => {
  it(`lets ${MAX_CONCURRENT_CALLS_PER_SESSION} calls of a session run, refuses the next with 429 Retry-After: 1, and frees slots`, async () => {
    const key = concurrencyKey(auth(1), undefined)!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = Array.from({ length: MAX_CONCURRENT_CALLS_PER_SESSION }, () =>
      withCallSlot(key, () => gate),
    );
    expect(callsInFlight(key)).toBe(MAX_CONCURRENT_CALLS_PER_SESSION);
    await expect(withCallSlot(key, async () => 'x')).rejects.toMatchObject({
      status: 429,
      code: 'TOO_MANY_CONCURRENT_CALLS',
      headers: { 'retry-after': '1' },
    });
    // Another session is not affected.
    await expect(withCallSlot(concurrencyKey(auth(2), undefined), async () => 'other')).resolves.toBe(
      'other',
    );
    release();
    await Promise.all(running);
    expect(callsInFlight(key)).toBe(0);
    await expect(withCallSlot(key, async () => 'again')).resolves.toBe('again');
  });

  it('frees the slot when the call throws', async () => {
    const key = concurrencyKey(undefined, 'CwsAuth Bearer=pasted')!;
    await expect(withCallSlot(key, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(callsInFlight(key)).toBe(0);
  });

  it('never puts a pasted token into the key', () => {
    expect(concurrencyKey(undefined, 'TOKEN_CANARY_pasted')).not.toContain('TOKEN_CANARY');
    expect(concurrencyKey(auth(1), undefined)).not.toContain('TOKEN_CANARY');
    expect(concurrencyKey(undefined, undefined)).toBeUndefined();
  });
});
