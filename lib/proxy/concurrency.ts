import { createHash } from 'node:crypto';

import { ApiError } from '@/lib/http/api-error';
import type { SessionAuth } from '@/lib/session/session-data';
import { sharedStore } from '@/lib/store/shared';
import type { SharedStore } from '@/lib/store/shared-store';

import { tokenFromOverride } from './headers';

/**
 * Bounds the proxied calls one session may have in flight (security plan §5, J69), so one tab
 * hammering a slow endpoint cannot tie up the server's sockets. Per process, or across every
 * instance when they share a store (REDIS_URL). While the store does not answer, each instance
 * enforces the cap on its own share again rather than refusing every call.
 */
export const MAX_CONCURRENT_CALLS_PER_SESSION = 6;
/** A shared slot outlives a crashed instance by at most this long (no call takes longer). */
const SHARED_SLOT_TTL_MS = 5 * 60_000;

const inFlight = new Map<string, number>();

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * The key a call counts against: the session's identity (stable across token renewals), or a
 * hash of a pasted token — the token itself, however it was written (`CwsAuth Bearer=…`, bare,
 * padded with spaces, another case of the scheme), so variants of one token share its slots.
 * Undefined when there is neither; such a call is refused with 401 anyway.
 */
export function concurrencyKey(
  auth: SessionAuth | undefined,
  authorizationOverride: string | undefined,
): string | undefined {
  if (authorizationOverride?.trim()) {
    let token: string;
    try {
      token = tokenFromOverride(authorizationOverride);
    } catch {
      token = authorizationOverride.trim(); // refused with 400 before any upstream call
    }
    return `override:${hash(token)}`;
  }
  if (auth) return `session:${JSON.stringify([auth.region, auth.customerId, auth.clientId, auth.issuedAt])}`;
  return undefined;
}

function tooMany(limit: number): ApiError {
  return new ApiError(
    429,
    'TOO_MANY_CONCURRENT_CALLS',
    `At most ${limit} calls may be in flight at once; wait for one to finish.`,
    { retryAfterSeconds: 1 },
    { 'retry-after': '1' },
  );
}

async function withLocalSlot<T>(key: string, call: () => Promise<T>, limit: number): Promise<T> {
  const current = inFlight.get(key) ?? 0;
  if (current >= limit) throw tooMany(limit);
  inFlight.set(key, current + 1);
  try {
    return await call();
  } finally {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left <= 0) inFlight.delete(key);
    else inFlight.set(key, left);
  }
}

/** Runs `call` holding one of the key's slots; 429 with Retry-After when they are all taken. */
export async function withCallSlot<T>(
  key: string | undefined,
  call: () => Promise<T>,
  limit = MAX_CONCURRENT_CALLS_PER_SESSION,
  store: SharedStore | undefined = sharedStore(),
): Promise<T> {
  if (key === undefined) return call();
  if (!store) return withLocalSlot(key, call, limit);
  let taken: boolean;
  try {
    taken = await store.acquireSlot(`calls:${key}`, limit, SHARED_SLOT_TTL_MS);
  } catch {
    return withLocalSlot(key, call, limit);
  }
  if (!taken) throw tooMany(limit);
  try {
    return await call();
  } finally {
    await store.releaseSlot(`calls:${key}`).catch(() => undefined);
  }
}

/** For tests and diagnostics: calls in flight for a key in this process. */
export function callsInFlight(key: string): number {
  return inFlight.get(key) ?? 0;
}
