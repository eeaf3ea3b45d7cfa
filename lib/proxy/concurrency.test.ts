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

describe('concurrencyKey of a pasted token (finding 12)', () => {
  it('variants of one token share one key; another token has its own', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const keys = new Set(
      [
        token,
        `CwsAuth Bearer=${token}`,
        `cwsauth bearer=${token}`,
        `  CWSAUTH   Bearer = ${token}  `,
        `\t${token}\n`,
      ].map((variant) => concurrencyKey(undefined, variant)),
    );
    expect(keys.size).toBe(1);
    expect(concurrencyKey(undefined, `${token}x`)).not.toBe([...keys][0]);
  });

  it('variants of one token cannot take more than its slots between them', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ5In0.c2ln';
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const variants = Array.from({ length: MAX_CONCURRENT_CALLS_PER_SESSION }, (_, index) =>
      index % 2 ? `CwsAuth Bearer=${token}` : `${' '.repeat(index)}${token}`,
    );
    const running = variants.map((variant) => withCallSlot(concurrencyKey(undefined, variant), () => gate));
    await expect(
      withCallSlot(concurrencyKey(undefined, `cwsauth BEARER=${token}`), async () => 'x'),
    ).rejects.toMatchObject({
      status: 429,
    });
    release();
    await Promise.all(running);
  });
});

describe('withCallSlot with a shared store', () => {
  it('counts the slots of every instance together, and falls back to its own count when the store is down', async () => {
    const { MemoryStore } = await import('@/lib/store/memory-store');
    const { StoreUnavailableError } = await import('@/lib/store/shared-store');
    const shared = new MemoryStore();
    const key = concurrencyKey(auth(42), undefined)!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Six calls held through the store (from any instance): the seventh is refused.
    const running = Array.from({ length: MAX_CONCURRENT_CALLS_PER_SESSION }, () =>
      withCallSlot(key, () => gate, MAX_CONCURRENT_CALLS_PER_SESSION, shared),
    );
    await expect(
      withCallSlot(key, async () => 'x', MAX_CONCURRENT_CALLS_PER_SESSION, shared),
    ).rejects.toMatchObject({
      status: 429,
    });
    release();
    await Promise.all(running);
    await expect(withCallSlot(key, async () => 'y', MAX_CONCURRENT_CALLS_PER_SESSION, shared)).resolves.toBe(
      'y',
    );
    const down = new MemoryStore();
    down.acquireSlot = () => Promise.reject(new StoreUnavailableError());
    await expect(
      withCallSlot(key, async () => 'local', MAX_CONCURRENT_CALLS_PER_SESSION, down),
    ).resolves.toBe('local');
  });
});
