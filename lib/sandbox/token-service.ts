import 'server-only';

import { env } from '@/lib/config/env';

import { citrixError, jsonResponse } from './http';
import { signSandboxToken } from './jwt';
import { FixedWindowLimiter } from './rate-limiter';
import { findSandboxClient, sandboxSigningKey, sandboxTokenTtlSeconds } from './sandbox-config';

const MAX_BODY_BYTES = 8 * 1024;
export const tokenRateLimiter = new FixedWindowLimiter(
  () => env().SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE,
  60_000,
);

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
  const retryDelay = tokenRateLimiter.hit(clientId);
  if (retryDelay > 0) return throttled(retryDelay, transactionId);
  const client = findSandboxClient(clientId, clientSecret);
  if (!client) return oauthError('invalid_client', 'Invalid client id or client secret.', transactionId);
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
  const retryDelay = tokenRateLimiter.hit(clientId);
  if (retryDelay > 0) return throttled(retryDelay, transactionId);
  const client = findSandboxClient(clientId, clientSecret);
  if (!client) {
    return jsonResponse(
      401,
      { error: 'invalid_client', error_description: 'Invalid client id or client secret.' },
      headers,
    );
  }
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
