import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SharedStore } from '@/lib/store/shared-store';

/** The deny-list at its edges: expiry, the in-memory cap, and the shared store failing (mutation testing). */

type RevocationStore = Pick<SharedStore, 'revoke' | 'isRevoked'>;
const shared = vi.hoisted(() => ({ store: undefined as RevocationStore | undefined }));
vi.mock('@/lib/store/shared', () => ({ sharedStore: () => shared.store }));

const { clearLocalRevocations, isSessionRevoked, newSessionId, revokeSessionId } =
  await import('./revocation');

const NOW = 1_700_000_000_000;
const LATER = NOW + 3_600_000;
const MAX_LOCAL = 10_000;

function fakeStore(overrides: Partial<RevocationStore> = {}) {
  return {
    revoke: vi.fn<RevocationStore['revoke']>(async () => {}),
    isRevoked: vi.fn<RevocationStore['isRevoked']>(async () => false),
    ...overrides,
  };
}

beforeEach(() => {
  clearLocalRevocations();
  shared.store = undefined;
});
afterEach(() => {
  clearLocalRevocations();
  shared.store = undefined;
});

describe('newSessionId', () => {
  it('is 128 random bits as 22 base64url characters, different every time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newSessionId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('revocation in memory (no shared store)', () => {
  it('is revoked until its expiry, and not at or after it', async () => {
    expect(await revokeSessionId('sid-a', LATER, NOW)).toBe(true);
    expect(await isSessionRevoked('sid-a', NOW)).toBe(true);
    expect(await isSessionRevoked('sid-a', LATER - 1)).toBe(true);
    expect(await isSessionRevoked('sid-a', LATER)).toBe(false);
    expect(await isSessionRevoked('sid-b', NOW)).toBe(false);
  });

  it('uses the clock when not given one', async () => {
    expect(await revokeSessionId('sid-clock', Date.now() + 60_000)).toBe(true);
    expect(await isSessionRevoked('sid-clock')).toBe(true);
    expect(await isSessionRevoked('sid-clock', Date.now() + 60_000)).toBe(false);
  });

  it('a revocation that has already lapsed is not recorded, nor sent to the shared store', async () => {
    const store = fakeStore();
    shared.store = store;
    expect(await revokeSessionId('sid-lapsed', NOW, NOW)).toBe(true);
    expect(await revokeSessionId('sid-past', NOW - 1, NOW)).toBe(true);
    expect(store.revoke).not.toHaveBeenCalled();
    expect(await isSessionRevoked('sid-lapsed', NOW - 10)).toBe(false);
  });
});

describe('the in-memory list is capped at 10 000 entries', () => {
  async function fill(count: number, prefix = 'sid', until = LATER) {
    for (let index = 0; index < count; index += 1) await revokeSessionId(`${prefix}-${index}`, until, NOW);
  }

  it('keeps exactly 10 000: one more drops only the oldest', async () => {
    await fill(MAX_LOCAL);
    expect(await isSessionRevoked('sid-0', NOW)).toBe(true);
    await revokeSessionId('newest', LATER, NOW);
    expect(await isSessionRevoked('newest', NOW)).toBe(true);
    expect(await isSessionRevoked('sid-0', NOW)).toBe(false);
    expect(await isSessionRevoked('sid-1', NOW)).toBe(true);
    expect(await isSessionRevoked(`sid-${MAX_LOCAL - 1}`, NOW)).toBe(true);
  });

  it('revoking an id again makes it the newest, so it is not the one dropped', async () => {
    await fill(MAX_LOCAL);
    await revokeSessionId('sid-0', LATER, NOW);
    await revokeSessionId('newest', LATER, NOW);
    expect(await isSessionRevoked('sid-0', NOW)).toBe(true);
    expect(await isSessionRevoked('sid-1', NOW)).toBe(false);
    expect(await isSessionRevoked('sid-2', NOW)).toBe(true);
  });

  it('when full, lapsed entries go first (ending exactly now counts as lapsed), before any live one', async () => {
    const soon = NOW + 1_000;
    await revokeSessionId('live-oldest', LATER, NOW);
    await revokeSessionId('lapsing', soon, NOW);
    await fill(MAX_LOCAL - 2);
    await revokeSessionId('newest', LATER, soon);
    expect(await isSessionRevoked('live-oldest', NOW)).toBe(true);
    expect(await isSessionRevoked('newest', NOW)).toBe(true);
    // Dropped, so no longer refused even at a time it still covered.
    expect(await isSessionRevoked('lapsing', NOW)).toBe(false);
  });

  it('nothing is dropped, not even a lapsed entry, until the list is over the cap', async () => {
    const soon = NOW + 1_000;
    await revokeSessionId('lapsing', soon, NOW);
    await fill(MAX_LOCAL - 2);
    await revokeSessionId('last', LATER, soon + 1);
    expect(await isSessionRevoked('lapsing', NOW)).toBe(true);
  });
});

describe('with a shared store', () => {
  it('tells the store the id and its expiry; true when it answered', async () => {
    const store = fakeStore();
    shared.store = store;
    expect(await revokeSessionId('sid-shared', LATER, NOW)).toBe(true);
    expect(store.revoke).toHaveBeenCalledExactlyOnceWith('sid-shared', LATER);
  });

  it('false when the store did not answer, and this instance still refuses the session', async () => {
    shared.store = fakeStore({
      revoke: vi.fn(async () => {
        throw new Error('ECONNREFUSED');
      }),
      isRevoked: vi.fn(async () => {
        throw new Error('ECONNREFUSED');
      }),
    });
    expect(await revokeSessionId('sid-down', LATER, NOW)).toBe(false);
    expect(await isSessionRevoked('sid-down', NOW)).toBe(true);
  });

  it('refuses an id another instance revoked', async () => {
    const store = fakeStore({ isRevoked: vi.fn(async (id: string) => id === 'revoked-elsewhere') });
    shared.store = store;
    expect(await isSessionRevoked('revoked-elsewhere', NOW)).toBe(true);
    expect(store.isRevoked).toHaveBeenCalledWith('revoked-elsewhere');
    expect(await isSessionRevoked('still-in', NOW)).toBe(false);
  });

  it('an id revoked here is refused without asking the store', async () => {
    const store = fakeStore();
    shared.store = store;
    await revokeSessionId('sid-local', LATER, NOW);
    expect(await isSessionRevoked('sid-local', NOW)).toBe(true);
    expect(store.isRevoked).not.toHaveBeenCalled();
  });

  it('while the store is unreachable, a session this instance did not revoke still reads as signed in', async () => {
    shared.store = fakeStore({
      isRevoked: vi.fn(async () => {
        throw new Error('timeout');
      }),
    });
    expect(await isSessionRevoked('sid-unknown', NOW)).toBe(false);
  });
});
