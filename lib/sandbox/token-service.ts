import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';

import { env } from '@/lib/config/env';
import type { SandboxClient } from '@/lib/config/env-schema';
import { clientAddressKey } from '@/lib/rate-limit/client-identity';
import { sharedStore } from '@/lib/store/shared';

import { citrixError, jsonResponse } from './http';
import { signSandboxToken } from './jwt';
import { FixedWindowLimiter } from './rate-limiter';
import { findSandboxClient, sandboxSigningKey, sandboxTokenTtlSeconds } from './sandbox-config';

const MAX_BODY_BYTES = 8 * 1024;
const WINDOW_MS = 60_000;
const limit = () => env().SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE;

/**
 * The token endpoint's throttle (SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE), in two counts so that
 * nobody can lock a client out by failing on its behalf (security review, finding 12):
 * - wrong credentials count against their SOURCE; a source over the limit is refused before
 *   anything is checked (no guessing oracle), whichever client id it names;
 * - tokens issued count against the CLIENT id, as Citrix throttles a client.
 * Per process, or across every instance with REDIS_URL (each counts alone while it is down).
 */
export const tokenRateLimiter = new FixedWindowLimiter(limit, WINDOW_MS);
export const failedTokenLimiter = new FixedWindowLimiter(limit, WINDOW_MS);

/** Who is asking, when the explorer's own token exchange calls the sandbox in process. */
const callerScope = new AsyncLocalStorage<string>();

/**
 * Runs `run` with the sandbox seeing `caller` (e.g. the browser's rate-limit id) as the source of
 * its token requests, so one browser's wrong secrets lock out that browser only.
 */
export function asSandboxCaller<T>(caller: string, run: () => T): T {
  return callerScope.run(caller, run);
}

/**
 * The source a token request's failures count against: the explorer's caller when it calls in
 * process; over HTTP the client's address when TRUST_PROXY_HEADERS is on, else every direct HTTP
 * caller together (an address the client can choose would let anyone escape the count). A
 * request built in process carries no X-Forwarded-For (Next sets one on every HTTP request).
 */
export function tokenRequestSource(request: Request, caller = callerScope.getStore()): string {
  if (caller) return `caller:${caller}`;
  const forwarded = request.headers.get('x-forwarded-for');
  if (forwarded === null) return 'in-process';
  return clientAddressKey(forwarded, env().TRUST_PROXY_HEADERS) ?? 'http';
}

/** Seconds to wait (0 = go) in one of the two counts; `count` false only looks. */
async function throttle(kind: 'failure' | 'issued', key: string, count: boolean): Promise<number> {
  const store = sharedStore();
  if (store) {
    const shared = `sandbox-token:${kind}:${key}`;
    try {
      const ms = count
        ? await store.hitWindow(shared, limit(), WINDOW_MS)
        : await store.peekWindow(shared, limit());
      return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
    } catch {
      // The store is not answering: count in this process, as without REDIS_URL.
    }
  }
  const local = kind === 'issued' ? tokenRateLimiter : failedTokenLimiter;
  return count ? local.hit(key) : local.waitSeconds(key);
}

type Admission =
  { kind: 'throttled'; retryDelay: number } | { kind: 'invalid' } | { kind: 'ok'; client: SandboxClient };

async function admit(request: Request, clientId: string, clientSecret: string): Promise<Admission> {
  const source = tokenRequestSource(request);
  const locked = await throttle('failure', source, false);
  if (locked > 0) return { kind: 'throttled', retryDelay: locked };
  const client = findSandboxClient(clientId, clientSecret);
  if (!client) {
    await throttle('failure', source, true);
    return { kind: 'invalid' };
  }
  const retryDelay = await throttle('issued', clientId, true);
  return retryDelay > 0 ? { kind: 'throttled', retryDelay } : { kind: 'ok', client };
}

function noStore(transactionId: string): Record<string, string> {
  return {
    'cache-control': 'no-store',
    pragma: 'no-cache',
    'x-cws-transactionid': transactionId,
    'access-control-expose-headers': 'X-Cws-TransactionId',
    'x-cc-localgeo': 'SANDBOX',
  };
}

function oauthError(error: string, description: string, transactionId: string): Response {
  return jsonResponse(400, { error, error_description: description }, noStore(transactionId));
}

function throttled(retryDelay: number, transactionId: string): Response {
  return citrixError(
    429,
    'common/rateLimitExceeded',
    `Rate limit exceeded; try again in ${retryDelay} seconds`,
    { retryDelay: String(retryDelay) },
    { ...noStore(transactionId), 'retry-after': String(retryDelay) },
  );
}

/**
 * `POST /cctrustoauth2/{customerId|root}/tokens/clients`, as Citrix documents it: form-encoded
 * only (no JSON, no `charset` parameter), `expires_in` a string, 400 `invalid_client` for bad
 * credentials.
 */
export async function handleOAuthToken(request: Request): Promise<Response> {
  const transactionId = crypto.randomUUID();
  const contentType = (request.headers.get('content-type') ?? '').trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    return oauthError(
      'invalid_request',
      'Content-Type must be application/x-www-form-urlencoded (without a charset parameter).',
      transactionId,
    );
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES)
    return oauthError('invalid_request', 'Request body too large.', transactionId);
  const form = new URLSearchParams(raw);
  const grantType = form.get('grant_type');
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!grantType) return oauthError('invalid_request', 'Missing grant_type.', transactionId);
  if (grantType !== 'client_credentials') {
    return oauthError(
      'unsupported_grant_type',
      `Unsupported grant type: ${grantType.slice(0, 40)}.`,
      transactionId,
    );
  }
  if (!clientId || !clientSecret) {
    return oauthError('invalid_request', 'Missing client_id or client_secret.', transactionId);
  }
  const admission = await admit(request, clientId, clientSecret);
  if (admission.kind === 'throttled') return throttled(admission.retryDelay, transactionId);
  if (admission.kind === 'invalid')
    return oauthError('invalid_client', 'Invalid client id or client secret.', transactionId);
  const { client } = admission;
  const ttl = client.tokenTtlSeconds ?? sandboxTokenTtlSeconds();
  const accessToken = await signSandboxToken(client, sandboxSigningKey(), ttl);
  return jsonResponse(
    200,
    { token_type: 'bearer', access_token: accessToken, expires_in: String(ttl) },
    { ...noStore(transactionId), 'content-type': 'application/json' },
  );
}

/**
 * The deprecated trust-service flow: `POST /{customerId|root}/tokens/clients` with a JSON
 * `{ClientId, ClientSecret}` body (camelCase accepted too); `expiresIn` is a number here.
 */
export async function handleTrustToken(request: Request): Promise<Response> {
  const transactionId = crypto.randomUUID();
  const headers = { 'x-cws-transactionid': transactionId };
  const invalid = () =>
    jsonResponse(
      400,
      { message: 'The request is invalid.', modelState: { credentials: ['An error has occurred.'] } },
      headers,
    );
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) return invalid();
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return invalid();
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return invalid();
    body = parsed as Record<string, unknown>;
  } catch {
    return invalid();
  }
  const clientId = body.ClientId ?? body.clientId;
  const clientSecret = body.ClientSecret ?? body.clientSecret;
  if (typeof clientId !== 'string' || typeof clientSecret !== 'string') return invalid();
  const admission = await admit(request, clientId, clientSecret);
  if (admission.kind === 'throttled') return throttled(admission.retryDelay, transactionId);
  if (admission.kind === 'invalid') {
    return jsonResponse(
      401,
      { error: 'invalid_client', error_description: 'Invalid client id or client secret.' },
      headers,
    );
  }
  const { client } = admission;
  const ttl = client.tokenTtlSeconds ?? sandboxTokenTtlSeconds();
  const token = await signSandboxToken(client, sandboxSigningKey(), ttl);
  return jsonResponse(
    200,
    {
      principal: `${client.clientId}@sandbox.citrix-cloud-api-explorer.local`,
      subject: client.clientId,
      token,
      // The sandbox has no separate OpenID token; an explorer must never store this field anyway.
      openIdToken: token,
      expiresIn: ttl,
    },
    headers,
  );
}
