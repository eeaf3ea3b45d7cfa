import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/http/api-error';

const jar = vi.hoisted(() => new Map<string, { value: string; options: unknown }>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    set: (name: string, value: string, options: unknown) => void jar.set(name, { value, options }),
  }),
}));

const { admitTokenRequest, createTokenLimiters, keepRateLimitId } = await import('./token-rate-limit');

type Config = Parameters<typeof admitTokenRequest>[1];

const base: NonNullable<Config> = {
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: 3,
  TOKEN_RATE_LIMIT_PER_MINUTE_PER_IP: 5,
  TOKEN_RATE_LIMIT_PER_MINUTE_UNIDENTIFIED: 8,
  TRUST_PROXY_HEADERS: false,
  COOKIE_SECURE: 'auto',
};

function setup(overrides: Partial<NonNullable<Config>> = {}) {
  let now = 5_000_000;
  const config = { ...base, ...overrides };
  const limiters = createTokenLimiters(
    () => config,
    () => now,
  );
  const admit = (headers: Record<string, string> = {}) =>
    admitTokenRequest(
      new Request('http://app.test/api/auth/token', { method: 'POST', headers }),
      config,
      limiters,
    );
  return { admit, advance: (ms: number) => void (now += ms) };
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function cookieOf(pass: { cookie?: { name: string; value: string } }): string {
  return `${pass.cookie!.name}=${pass.cookie!.value}`;
}

describe('admitTokenRequest', () => {
  it('gives a browser without the cookie a fresh session id, and none once it has one', () => {
    const { admit } = setup();
    const first = admit();
    expect(first.cookie).toMatchObject({
      name: 'cxapi-rl',
      value: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(first.cookie!.options).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      maxAge: 86_400,
      secure: false,
    });
    expect(admit({ cookie: cookieOf(first) })).toEqual({});
  });

  it('the cookie is __Host- and Secure when the request came over https', () => {
    const { admit } = setup();
    expect(admit({ 'x-forwarded-proto': 'https' }).cookie).toMatchObject({
      name: '__Host-cxapi-rl',
      options: { secure: true },
    });
    expect(setup({ COOKIE_SECURE: 'always' }).admit().cookie!.name).toBe('__Host-cxapi-rl');
  });

  it('refuses the session\'s request over its limit with 429 TOO_MANY_TOKEN_REQUESTS, Retry-After and "try again in N seconds"', () => {
    const { admit, advance } = setup({ TRUST_PROXY_HEADERS: true });
    const cookie = cookieOf(admit({ 'x-forwarded-for': '203.0.113.1' }));
    admit({ cookie, 'x-forwarded-for': '203.0.113.2' });
    admit({ cookie, 'x-forwarded-for': '203.0.113.3' });
    // A fourth request from the same browser, even from yet another address, is refused.
    const error = refusal(() => admit({ cookie, 'x-forwarded-for': '203.0.113.4' }));
    expect(error.status).toBe(429);
    expect(error.code).toBe('TOO_MANY_TOKEN_REQUESTS');
    expect(error.message).toBe('Too many token requests from this browser; try again in 20 seconds.');
    expect(error.headers).toEqual({ 'retry-after': '20' });
    expect(error.extra).toEqual({ retryAfterSeconds: 20 });
    advance(20_000);
    expect(() => admit({ cookie, 'x-forwarded-for': '203.0.113.4' })).not.toThrow();
  });

  it('refuses an address over its limit even when the client drops its cookie every time', () => {
    const { admit } = setup({ TRUST_PROXY_HEADERS: true });
    for (let i = 0; i < 5; i += 1) admit({ 'x-forwarded-for': '198.51.100.7' });
    const error = refusal(() => admit({ 'x-forwarded-for': '198.51.100.7' }));
    expect(error.message).toBe('Too many token requests from your network address; try again in 12 seconds.');
    // Another address is not affected, and a forged left-hand entry changes nothing.
    expect(() => admit({ 'x-forwarded-for': '198.51.100.8' })).not.toThrow();
    expect(() => admit({ 'x-forwarded-for': '1.1.1.1, 198.51.100.7' })).toThrow(ApiError);
  });

  it('without trusted proxy headers, a forged X-Forwarded-For does not escape: all clients share one bucket', () => {
    const { admit } = setup({ TRUST_PROXY_HEADERS: false });
    for (let i = 0; i < 8; i += 1) admit({ 'x-forwarded-for': `192.0.2.${i}` });
    const error = refusal(() => admit({ 'x-forwarded-for': '192.0.2.200' }));
    expect(error.message).toBe('Too many token requests on this server; try again in 8 seconds.');
  });

  it('keepRateLimitId sets the cookie an admitted request was given, and nothing otherwise', async () => {
    const { admit } = setup();
    const pass = admit();
    jar.clear();
    await keepRateLimitId(pass);
    expect([...jar]).toEqual([
      [pass.cookie!.name, { value: pass.cookie!.value, options: pass.cookie!.options }],
    ]);
    jar.clear();
    await keepRateLimitId(undefined);
    await keepRateLimitId({});
    expect(jar.size).toBe(0);
  });
});

describe('admitTokenRequestShared (REDIS_URL)', () => {
  it('two instances sharing a store allow the limit once between them, not once each', async () => {
    const { MemoryStore } = await import('@/lib/store/memory-store');
    const { admitTokenRequestShared } = await import('./token-rate-limit');
    const shared = new MemoryStore();
    const instances = [createTokenLimiters(() => base), createTokenLimiters(() => base)];
    const request = () =>
      new Request('http://app.test/api/auth/token', {
        method: 'POST',
        headers: { cookie: 'cxapi-rl=AAAAAAAAAAAAAAAAAAAAAA' },
      });
    for (let hit = 0; hit < base.TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION; hit += 1)
      await admitTokenRequestShared(request(), shared, base, instances[hit % 2]);
    for (const limiters of instances)
      await expect(admitTokenRequestShared(request(), shared, base, limiters)).rejects.toMatchObject({
        status: 429,
        code: 'TOO_MANY_TOKEN_REQUESTS',
      });
  });

  it('counts in its own process while the store does not answer', async () => {
    const { MemoryStore } = await import('@/lib/store/memory-store');
    const { StoreUnavailableError } = await import('@/lib/store/shared-store');
    const { admitTokenRequestShared } = await import('./token-rate-limit');
    const down = new MemoryStore();
    down.takeRate = () => Promise.reject(new StoreUnavailableError());
    const limiters = createTokenLimiters(() => base);
    const request = () =>
      new Request('http://app.test/api/auth/token', {
        method: 'POST',
        headers: { cookie: 'cxapi-rl=BBBBBBBBBBBBBBBBBBBBBB' },
      });
    for (let hit = 0; hit < base.TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION; hit += 1)
      await admitTokenRequestShared(request(), down, base, limiters);
    await expect(admitTokenRequestShared(request(), down, base, limiters)).rejects.toMatchObject({
      status: 429,
    });
  });
});
