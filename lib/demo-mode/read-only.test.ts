import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { isMutatingMethod, readOnlyRefusal } from './read-only';

vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined }),
  headers: async () => new Headers(),
}));

const { resetEnvForTests } = await import('@/lib/config/env');
const { customerData } = await import('@/lib/services/sandbox-state');
const invokeRoute = await import('@/app/api/invoke/route');
const resetRoute = await import('@/app/api/sandbox/reset/route');

const APP = 'https://app.test';

function post(path: string, body: unknown): Request {
  return new Request(`${APP}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });
}

const notification = {
  region: 'sandbox',
  serviceId: 'notifications',
  method: 'POST',
  path: '/',
  headers: [['Accept', 'application/json']],
  body: '{}',
};

function setEnv(values: Record<string, string>) {
  vi.stubEnv('SESSION_PASSWORD', 'read-only-tests-password-at-least-32-chars');
  vi.stubEnv('LOG_LEVEL', 'silent');
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  resetEnvForTests();
}

beforeAll(() => setEnv({}));
afterEach(() => setEnv({ READ_ONLY: 'false', SANDBOX_ENABLED: 'true' }));
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('read-only rule', () => {
  it('refuses mutating methods only when read-only, and never the token exchange', () => {
    expect(['GET', 'POST', 'put', 'PATCH', 'DELETE'].map(isMutatingMethod)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(readOnlyRefusal({ method: 'POST', serviceId: 'notifications' }, false)).toBeUndefined();
    expect(readOnlyRefusal({ method: 'GET', serviceId: 'notifications' }, true)).toBeUndefined();
    expect(readOnlyRefusal({ method: 'POST', serviceId: 'token' }, true)).toBeUndefined();
    expect(readOnlyRefusal({ method: 'POST', serviceId: 'trust-token' }, true)).toBeUndefined();
    expect(readOnlyRefusal({ method: 'DELETE', serviceId: 'resourcelocations' }, true)).toMatchObject({
      status: 403,
      code: 'READ_ONLY_DEPLOYMENT',
    });
  });
});

describe('POST /api/invoke with READ_ONLY=true', () => {
  it('answers 403 READ_ONLY_DEPLOYMENT for a POST, before asking for authentication', async () => {
    setEnv({ READ_ONLY: 'true' });
    const response = await invokeRoute.POST(post('/api/invoke', notification));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'READ_ONLY_DEPLOYMENT', message: expect.stringContaining('read-only') },
    });
  });

  it('lets a GET and a token-service POST through to the usual checks (401 without a session)', async () => {
    setEnv({ READ_ONLY: 'true' });
    expect(
      (await invokeRoute.POST(post('/api/invoke', { ...notification, method: 'GET', body: undefined })))
        .status,
    ).toBe(401);
    const token = {
      region: 'sandbox',
      serviceId: 'token',
      method: 'POST',
      path: '/cctrustoauth2/root/tokens/clients',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'grant_type=client_credentials',
    };
    expect((await invokeRoute.POST(post('/api/invoke', token))).status).not.toBe(403);
  });

  it('is writable by default', async () => {
    expect((await invokeRoute.POST(post('/api/invoke', notification))).status).toBe(401);
  });
});

describe('POST /api/sandbox/reset', () => {
  it('resets every customer to its seeded data', async () => {
    const data = customerData('resettest01');
    data.notifications.unshift({ eventId: 'x' } as never);
    const response = await resetRoute.POST(post('/api/sandbox/reset', {}));
    expect(response.status).toBe(200);
    expect(customerData('resettest01')).not.toBe(data);
    expect(customerData('resettest01').notifications.some((item) => item.eventId === 'x')).toBe(false);
  });

  it('is refused cross-site, with a body, when the sandbox is off, and on a read-only deployment', async () => {
    const cross = new Request(`${APP}/api/sandbox/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: '{}',
    });
    expect((await resetRoute.POST(cross)).status).toBe(403);
    expect((await resetRoute.POST(post('/api/sandbox/reset', { all: true }))).status).toBe(400);
    setEnv({ SANDBOX_ENABLED: 'false' });
    expect(await (await resetRoute.POST(post('/api/sandbox/reset', {}))).json()).toMatchObject({
      error: { code: 'SANDBOX_DISABLED' },
    });
    setEnv({ SANDBOX_ENABLED: 'true', READ_ONLY: 'true' });
    const refused = await resetRoute.POST(post('/api/sandbox/reset', {}));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'READ_ONLY_DEPLOYMENT' } });
  });
});
