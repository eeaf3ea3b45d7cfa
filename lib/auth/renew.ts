import 'server-only';

import { createHash } from 'node:crypto';

import { ApiError } from '@/lib/http/api-error';
import { logEvent } from '@/lib/log/log-event';
import type { SessionAuth } from '@/lib/session/session-data';

import { mintSessionAuth, renewalInput } from './authenticate';
import type { ExchangeInput } from './token-exchange';

/** Re-mint when the token has less than this left: a call started now must not die mid-flight. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;
/**
 * How long a finished re-mint is remembered. Requests the browser sent with the old cookie while
 * the re-mint ran arrive a moment later; they reuse the new token instead of minting again.
 */
const RECENT_RENEWAL_MS = 30_000;
const MAX_RECENT = 1_000;

export type Minter = (
  input: ExchangeInput,
  renew: SessionAuth['renew'],
  appOrigin: string,
) => Promise<SessionAuth>;

const inFlight = new Map<string, Promise<SessionAuth>>();
const recent = new Map<string, { auth: SessionAuth; until: number }>();

/** Whether a renewing session should re-mint before sending a call. */
export function shouldRenewBeforeCall(auth: SessionAuth, now = Date.now()): boolean {
  return Boolean(auth.renew) && auth.expiresAt - now < RENEW_BEFORE_EXPIRY_MS;
}

/** The single-flight key: one session's token. Hashed so the map never holds the token itself. */
function renewalKey(auth: SessionAuth): string {
  return createHash('sha256')
    .update(JSON.stringify([auth.region, auth.customerId, auth.clientId, auth.token]))
    .digest('base64url');
}

function pruneRecent(now: number): void {
  for (const [key, entry] of recent) if (entry.until <= now) recent.delete(key);
  while (recent.size > MAX_RECENT) recent.delete(recent.keys().next().value as string);
}

/**
 * Re-mints the token of a renewing session. Concurrent callers holding the same token share ONE
 * token request (single-flight), and callers arriving just after it finished reuse its result.
 * No caller's abort signal is passed on: one browser tab going away must not fail the others.
 */
export async function renewSessionAuth(
  auth: SessionAuth,
  appOrigin: string,
  mint: Minter = mintSessionAuth,
): Promise<SessionAuth> {
  const input = renewalInput(auth);
  if (!input)
    throw new ApiError(
      401,
      'RENEWAL_NOT_POSSIBLE',
      'This session cannot renew its token: set authentication again.',
    );
  const key = renewalKey(auth);
  const now = Date.now();
  pruneRecent(now);
  const remembered = recent.get(key);
  if (remembered && !shouldRenewBeforeCall(remembered.auth, now)) return remembered.auth;
  let pending = inFlight.get(key);
  if (!pending) {
    const started = performance.now();
    pending = mint(input, auth.renew, appOrigin).then(
      (renewed) => {
        recent.set(key, { auth: renewed, until: Date.now() + RECENT_RENEWAL_MS });
        logEvent({
          event: 'token_renewal',
          region: auth.region,
          flow: auth.flow,
          status: 200,
          durationMs: performance.now() - started,
        });
        return renewed;
      },
      (error: unknown) => {
        const code = error instanceof ApiError ? error.code : 'RENEWAL_FAILED';
        const status = error instanceof ApiError ? error.status : 500;
        logEvent({
          event: 'token_renewal',
          region: auth.region,
          flow: auth.flow,
          status,
          code,
          durationMs: performance.now() - started,
        });
        throw error;
      },
    );
    inFlight.set(key, pending);
    void pending.then(
      () => inFlight.delete(key),
      () => inFlight.delete(key),
    );
  }
  return pending;
}

/** Test hook: forget in-flight and recent renewals. */
export function resetRenewalsForTests(): void {
  inFlight.clear();
  recent.clear();
}
