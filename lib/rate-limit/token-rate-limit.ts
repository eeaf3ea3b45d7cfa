import 'server-only';

import { cookies } from 'next/headers';

import { env } from '@/lib/config/env';
import type { Env } from '@/lib/config/env-schema';
import { ApiError } from '@/lib/http/api-error';
import { sharedStore } from '@/lib/store/shared';
import type { SharedStore } from '@/lib/store/shared-store';

import {
  clientAddressKey,
  newRateLimitId,
  rateLimitCookie,
  rateLimitIdFromCookies,
  type RateLimitCookie,
} from './client-identity';
import { RateLimiter, takeAll, type RateLimitCheck, type RateLimitDecision } from './rate-limiter';

/**
 * Abuse limits on token generation (POST /api/auth/token), which makes this server call a Citrix
 * token endpoint with whatever credentials it is given: unlimited, it would be a free oracle for
 * guessing client secrets, and a way to get the deployment's egress address throttled by Citrix.
 *
 * Every request counts against two buckets, and is refused if either is empty (per process, or
 * across every instance with REDIS_URL, see admitTokenRequestShared):
 * - the browser session: a random id in an HttpOnly cookie, set on the first token request.
 *   Dropping the cookie only starts a new session bucket; it does not escape the second one.
 * - the client: its address when TRUST_PROXY_HEADERS is on (the last X-Forwarded-For entry, see
 *   client-identity.ts); otherwise one bucket shared by every client, with its own, higher limit,
 *   because an address the client can choose would let anyone escape the limit.
 *
 * Renewals (the server re-minting for a session that kept its secret) are not counted here:
 * they happen at most once per token lifetime, or once after a 401.
 */
export const WINDOW_MS = 60_000;

type LimitConfig = Pick<
  Env,
  | 'TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION'
  | 'TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP'
  | 'TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED'
  | 'TRUST_PROXY_HEADERS'
  | 'COOKIE_SECURE'
>;

export interface TokenLimiters {
  session: RateLimiter;
  client: RateLimiter;
  unidentified: RateLimiter;
}

export function createTokenLimiters(config: () => LimitConfig, now?: () => number): TokenLimiters {
  return {
    session: new RateLimiter({
      limit: () => config().TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION,
      windowMs: WINDOW_MS,
      now,
    }),
    client: new RateLimiter({
      limit: () => config().TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP,
      windowMs: WINDOW_MS,
      now,
    }),
    unidentified: new RateLimiter({
      limit: () => config().TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED,
      windowMs: WINDOW_MS,
      now,
    }),
  };
}

const processLimiters = createTokenLimiters(() => env());

/** What an admitted request may need to add to its response: the new session id cookie. */
export interface TokenRequestPass {
  cookie?: RateLimitCookie;
}

function isSecure(request: Request, mode: LimitConfig['COOKIE_SECURE']): boolean {
  if (mode !== 'auto') return mode === 'always';
  // The same rule as the session cookie (lib/session/session.ts).
  return (request.headers.get('x-forwarded-proto') ?? '').split(',')[0]!.trim() === 'https';
}

interface TokenRequestPlan {
  knownId: string | undefined;
  id: string;
  address: string | undefined;
  checks: RateLimitCheck[];
}

function plan(request: Request, config: LimitConfig, limiters: TokenLimiters): TokenRequestPlan {
  const knownId = rateLimitIdFromCookies(request.headers.get('cookie'));
  const id = knownId ?? newRateLimitId();
  const address = clientAddressKey(request.headers.get('x-forwarded-for'), config.TRUST_PROXY_HEADERS);
  const checks: RateLimitCheck[] = [
    { limiter: limiters.session, key: id, scope: 'session' },
    address
      ? { limiter: limiters.client, key: address, scope: 'client' }
      : { limiter: limiters.unidentified, key: 'unidentified', scope: 'client' },
  ];
  return { knownId, id, address, checks };
}

function settle(
  { knownId, id, address }: TokenRequestPlan,
  decision: RateLimitDecision,
  request: Request,
  config: LimitConfig,
): TokenRequestPass {
  if (!decision.allowed) {
    const seconds = decision.retryAfterSeconds;
    const who =
      decision.scope === 'session'
        ? 'from this browser'
        : address
          ? 'from your network address'
          : 'on this server';
    throw new ApiError(
      429,
      'TOO_MANY_TOKEN_REQUESTS',
      `Too many token requests ${who}; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      { retryAfterSeconds: seconds },
      { 'retry-after': String(seconds) },
    );
  }
  return knownId ? {} : { cookie: rateLimitCookie(id, isSecure(request, config.COOKIE_SECURE)) };
}

/**
 * Counts one token request in this process, or refuses it with 429 TOO_MANY_TOKEN_REQUESTS and
 * Retry-After. Call it after the same-origin check (a forged cross-site request must not use up
 * a victim's bucket) and before reading the body (a request that fails validation still counts).
 */
export function admitTokenRequest(
  request: Request,
  config: LimitConfig = env(),
  limiters: TokenLimiters = processLimiters,
): TokenRequestPass {
  const planned = plan(request, config, limiters);
  return settle(planned, takeAll(planned.checks), request, config);
}

/**
 * admitTokenRequest, counted across every instance when they share a store (REDIS_URL): the
 * same buckets and limits, kept in the store, so N instances do not allow N times the limit.
 * While the store does not answer, each instance counts on its own again (never fails open).
 */
export async function admitTokenRequestShared(
  request: Request,
  store: SharedStore | undefined = sharedStore(),
  config: LimitConfig = env(),
  limiters: TokenLimiters = processLimiters,
): Promise<TokenRequestPass> {
  if (!store) return admitTokenRequest(request, config, limiters);
  const planned = plan(request, config, limiters);
  const limits = [
    config.TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION,
    planned.address
      ? config.TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP
      : config.TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED,
  ];
  let result: Awaited<ReturnType<SharedStore['takeRate']>>;
  try {
    result = await store.takeRate(
      planned.checks.map((check, index) => ({
        key: `token:${check.scope}:${check.key}`,
        intervalMs: WINDOW_MS / Math.max(1, limits[index]!),
      })),
      WINDOW_MS,
    );
  } catch {
    return admitTokenRequest(request, config, limiters);
  }
  const decision: RateLimitDecision = result.allowed
    ? { allowed: true }
    : {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(result.waitMs / 1000)),
        scope: planned.checks[result.index]?.scope ?? 'session',
      };
  return settle(planned, decision, request, config);
}

/**
 * Sets the session id cookie an admitted request was given, if any. Through next/headers, and
 * after the session cookie, so that the session cookie stays the first Set-Cookie of the answer.
 */
export async function keepRateLimitId(pass: TokenRequestPass | undefined): Promise<void> {
  if (!pass?.cookie) return;
  const { name, value, options } = pass.cookie;
  (await cookies()).set(name, value, options);
}
