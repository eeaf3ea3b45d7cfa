import { beforeEach, describe, expect, it } from 'vitest';

import { handleSandboxRequest } from '@/lib/sandbox-gateway/handle-request';
import { useTestEnv } from '@/lib/testing/test-env';

import { verifySandboxToken } from './jwt';
import { sandboxSigningKey } from './sandbox-config';
import { asSandboxCaller, failedTokenLimiter, tokenRateLimiter, tokenRequestSource } from './token-service';

const DEMO = {
  customerId: 'sandboxdemo01',
  clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
  secret: 'Sbx3Demo+Secret/Key9w==',
};
const url = 'http://localhost:3000/sandbox/cctrustoauth2/root/tokens/clients';

function post(body: string, contentType = 'application/x-www-form-urlencoded', target = url) {
  return handleSandboxRequest(
    new Request(target, {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/json' },
      body,
    }),
  );
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const good = form({ grant_type: 'client_credentials', client_id: DEMO.clientId, client_secret: DEMO.secret });

describe('sandbox OAuth 2.0 token endpoint', () => {
  beforeEach(() => {
    useTestEnv({
      SANDBOX_CLIENTS: JSON.stringify([
        { customerId: 'acme01', clientId: 'extra', clientSecret: 'extra-secret', tokenTtlSeconds: 30 },
      ]),
    });
    tokenRateLimiter.reset();
    failedTokenLimiter.reset();
  });

  it('answers exactly as Citrix documents: expires_in a string, no-store, a transaction id', async () => {
    const response = await post(good);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    expect(response.headers.get('x-cws-transactionid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe('3600');
    const verified = await verifySandboxToken(body.access_token, sandboxSigningKey());
    expect(verified).toMatchObject({
      ok: true,
      claims: { customerId: DEMO.customerId, clientId: DEMO.clientId },
    });
  });

  it('works with the customer ID in the path as well as root', async () => {
    const response = await post(good, undefined, url.replace('/root/', `/${DEMO.customerId}/`));
    expect(response.status).toBe(200);
  });

  it('refuses bad credentials with invalid_client', async () => {
    const response = await post(
      form({ grant_type: 'client_credentials', client_id: DEMO.clientId, client_secret: 'nope' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client id or client secret.',
    });
  });

  it('fails a naive client that does not URL-encode the secret (+ becomes a space)', async () => {
    const naive = `grant_type=client_credentials&client_id=${DEMO.clientId}&client_secret=${DEMO.secret}`;
    const response = await post(naive);
    expect((await response.json()).error).toBe('invalid_client');
  });

  it('refuses JSON and a charset parameter, as Citrix does', async () => {
    expect((await post(JSON.stringify({ client_id: DEMO.clientId }), 'application/json')).status).toBe(400);
    const charset = await post(good, 'application/x-www-form-urlencoded; charset=utf-8');
    expect(charset.status).toBe(400);
    expect((await charset.json()).error).toBe('invalid_request');
  });

  it('answers unsupported_grant_type and invalid_request for a bad grant or a missing field', async () => {
    const wrongGrant = await post(
      form({ grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.secret }),
    );
    expect(await wrongGrant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const missingGrant = await post(form({ client_id: DEMO.clientId, client_secret: DEMO.secret }));
    expect(await missingGrant.json()).toMatchObject({ error: 'invalid_request' });
    const missingSecret = await post(form({ grant_type: 'client_credentials', client_id: DEMO.clientId }));
    expect(missingSecret.status).toBe(400);
    expect(await missingSecret.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('accepts extra clients from SANDBOX_CLIENTS, with their own lifetime', async () => {
    const response = await post(
      form({ grant_type: 'client_credentials', client_id: 'extra', client_secret: 'extra-secret' }),
    );
    expect((await response.json()).expires_in).toBe('30');
  });

  it('throttles one client that asks too often with common/rateLimitExceeded and retryDelay', async () => {
    useTestEnv({ SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '2' });
    await post(good);
    await post(good);
    const third = await post(good);
    expect(third.status).toBe(429);
    const body = await third.json();
    expect(body.type).toBe('https://errors-api.cloud.com/common/rateLimitExceeded');
    const delay = body.parameters.find((p: { name: string }) => p.name === 'retryDelay').value;
    expect(Number(delay)).toBeGreaterThan(0);
    expect(third.headers.get('retry-after')).toBe(delay);
  });

  it('only accepts POST', async () => {
    expect((await handleSandboxRequest(new Request(url))).status).toBe(405);
  });
});

describe('sandbox trust-service token endpoint (deprecated)', () => {
  const trustUrl = 'http://localhost:3000/sandbox/trust/root/tokens/clients';
  beforeEach(() => {
    useTestEnv();
    tokenRateLimiter.reset();
    failedTokenLimiter.reset();
  });

  it('takes a JSON body and answers expiresIn as a number', async () => {
    const response = await post(
      JSON.stringify({ ClientId: DEMO.clientId, ClientSecret: DEMO.secret }),
      'application/json',
      trustUrl,
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['expiresIn', 'openIdToken', 'principal', 'subject', 'token']);
    expect(body.expiresIn).toBe(3600);
  });

  it('answers the invalid-request model for a non-JSON body', async () => {
    const response = await post('ClientId=x', 'application/x-www-form-urlencoded', trustUrl);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: 'The request is invalid.',
      modelState: { credentials: ['An error has occurred.'] },
    });
  });
});

describe('the token endpoint cannot be used to lock a client out (finding 12)', () => {
  beforeEach(() => {
    useTestEnv({ SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY_HEADERS: 'true' });
    tokenRateLimiter.reset();
    failedTokenLimiter.reset();
  });

  const wrong = form({
    grant_type: 'client_credentials',
    client_id: DEMO.clientId,
    client_secret: 'wrong-secret',
  });
  const from = (address: string, body: string) =>
    handleSandboxRequest(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
        body,
      }),
    );

  it("an attacker's wrong secrets lock out the attacker, never the demo client for everyone else", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await from('203.0.113.9', wrong)).status).toBe(400);
    // Locked out: refused before the secret is even checked, the right one included (no oracle).
    expect((await from('203.0.113.9', wrong)).status).toBe(429);
    expect((await from('203.0.113.9', good)).status).toBe(429);
    // The victim, elsewhere, still gets its token; so does the explorer calling in process.
    expect((await from('198.51.100.7', good)).status).toBe(200);
    expect((await post(good)).status).toBe(200);
  });

  it('in process, each explorer caller has its own count of failures', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1)
      await asSandboxCaller('attacker-browser', () => post(wrong));
    expect((await asSandboxCaller('attacker-browser', () => post(good))).status).toBe(429);
    expect((await asSandboxCaller('victim-browser', () => post(good))).status).toBe(200);
  });

  it('the source of a request', () => {
    const request = (headers: Record<string, string>) => new Request(url, { method: 'POST', headers });
    expect(tokenRequestSource(request({}))).toBe('in-process');
    expect(tokenRequestSource(request({}), 'abc')).toBe('caller:abc');
    expect(tokenRequestSource(request({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }))).toBe('ip:203.0.113.9');
  });
});
