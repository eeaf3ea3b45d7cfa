import { sealData } from 'iron-session';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { SessionData } from './session-data';

/** Sign-out revokes the session id in the seal: a copy of the cookie replayed later is signed out. */

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void (value ? jar.set(name, value) : jar.delete(name)),
  }),
  headers: async () => new Headers(),
}));

const PASSWORD = 'revocation-test-password-0123456789-abcd';
vi.stubEnv('SESSION_PASSWORD', PASSWORD);
vi.stubEnv('COOKIE_SECURE', 'never');
vi.stubEnv('LOG_LEVEL', 'silent');

const { resetEnvForTests } = await import('@/lib/config/env');
const sessionRoute = await import('@/app/api/auth/session/route');
const tokenRoute = await import('@/app/api/auth/token/route');

const now = Date.now();
const session = (sid: string): SessionData => ({
  auth: {
    region: 'sandbox',
    flow: 'oauth2',
    customerId: 'sandboxdemo01',
    clientId: 'revocation-client',
    token: 'eyJhbGciOiJIUzI1NiJ9.TOKEN.sig',
    issuedAt: now,
    expiresAt: now + 3_600_000,
  },
  sid,
});

async function read(cookie: string) {
  jar.clear();
  jar.set('cxapi', cookie);
  const response = await sessionRoute.GET(new Request('http://localhost/api/auth/session'));
  return (await response.json()) as { authenticated: boolean };
}

beforeAll(() => resetEnvForTests());
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('sign-out revokes the session id (in memory, within the instance)', () => {
  it('a copy of the cookie replayed after sign-out reads as signed out; another sign-in is unaffected', async () => {
    const copy = await sealData(session('sid-signed-out'), { password: PASSWORD, ttl: 3600 });
    const other = await sealData(session('sid-still-in'), { password: PASSWORD, ttl: 3600 });
    expect((await read(copy)).authenticated).toBe(true);
    const signOut = await tokenRoute.DELETE(
      new Request('http://localhost/api/auth/token', {
        method: 'DELETE',
        headers: { 'sec-fetch-site': 'same-origin' },
      }),
    );
    expect(signOut.status).toBe(200);
    expect(await signOut.json()).toEqual({ authenticated: false, revokedEverywhere: true });
    expect(jar.has('cxapi')).toBe(false);
    expect(await read(copy)).toEqual({ authenticated: false });
    expect((await read(other)).authenticated).toBe(true);
  });
});
