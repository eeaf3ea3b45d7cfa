import 'server-only';

import { randomBytes } from 'node:crypto';

import { sharedStore } from '@/lib/store/shared';

/**
 * Sign-out that outlives the cookie (SECURITY.md, "Revocation"). Every sealed session carries a
 * random session id (`sid`); signing out puts it on a deny-list until the seal's own expiry, so a
 * copy of the cookie replayed later — to this instance or, with REDIS_URL, to any other — reads
 * as signed out. The list holds session ids only, never a token.
 *
 * Each revocation is also kept in this process's memory: without Redis that is the whole list;
 * with Redis it is what this instance still enforces while Redis is unreachable.
 */
const MAX_LOCAL = 10_000;
const local = new Map<string, number>();

export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

function rememberLocally(sid: string, untilMs: number, now: number): void {
  local.delete(sid);
  local.set(sid, untilMs);
  if (local.size <= MAX_LOCAL) return;
  for (const [id, until] of local) if (until <= now) local.delete(id);
  // Still full: the oldest entries go (they are also the nearest to expiry in practice).
  for (const id of local.keys()) {
    if (local.size <= MAX_LOCAL) break;
    local.delete(id);
  }
}

/**
 * Revokes `sid` until `untilMs`. Returns whether every instance will know: false when the shared
 * store did not answer (this instance still refuses the session; the others cannot be told).
 */
export async function revokeSessionId(sid: string, untilMs: number, now = Date.now()): Promise<boolean> {
  if (untilMs <= now) return true;
  rememberLocally(sid, untilMs, now);
  const store = sharedStore();
  if (!store) return true;
  try {
    await store.revoke(sid, untilMs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `sid` was signed out. While the shared store is unreachable only this instance's own
 * revocations are enforced (documented in SECURITY.md): the alternative, refusing every session,
 * would sign everybody out of the real regions for as long as Redis is down.
 */
export async function isSessionRevoked(sid: string, now = Date.now()): Promise<boolean> {
  if ((local.get(sid) ?? 0) > now) return true;
  const store = sharedStore();
  if (!store) return false;
  try {
    return await store.isRevoked(sid);
  } catch {
    return false;
  }
}

/** For tests. */
export function clearLocalRevocations(): void {
  local.clear();
}
