import { createHash } from 'node:crypto';

import { ApiError } from '@/lib/http/api-error';
import type { SessionAuth } from '@/lib/session/session-data';

/**
 * Bounds the proxied calls one session may have in flight (security plan §5, J69), so one tab
 * hammering a slow endpoint cannot tie up the server's sockets. Per process: each instance
 * behind a load balancer enforces it on its own share.
 */
export const MAX_CONCURRENT_CALLS_PER_SESSION = 6;

const inFlight = new Map<string, number>();

/**
 * The key a call counts against: the session's identity (stable across token renewals), or a
 * hash of a pasted token. Undefined when there is neither; such a call is refused with 401 anyway.
 */
export function concurrencyKey(
  auth: SessionAuth | undefined,
  authorizationOverride: string | undefined,
): string | undefined {
  if (authorizationOverride)
    return `override:${createHash('sha256').update(authorizationOverride).digest('base64url')}`;
  if (auth) return `session:${JSON.stringify([auth.region, auth.customerId, auth.clientId, auth.issuedAt])}`;
  return undefined;
}

/** Runs `call` holding one of the key's slots; 429 with Retry-After when they are all taken. */
export async function withCallSlot<T>(
  key: string | undefined,
  call: () => Promise<T>,
  limit = MAX_CONCURRENT_CALLS_PER_SESSION,
): Promise<T> {
  if (key === undefined) return call();
  const current = inFlight.get(key) ?? 0;
  if (current >= limit) {
    throw new ApiError(
      429,
      'TOO_MANY_CONCURRENT_CALLS',
      `At most ${limit} calls may be in flight at once; wait for one to finish.`,
      { retryAfterSeconds: 1 },
      { 'retry-after': '1' },
    );
  }
  inFlight.set(key, current + 1);
  try {
    return await call();
  } finally {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left <= 0) inFlight.delete(key);
    else inFlight.set(key, left);
  }
}

/** For tests and diagnostics: calls in flight for a key. */
export function callsInFlight(key: string): number {
  return inFlight.get(key) ?? 0;
}
