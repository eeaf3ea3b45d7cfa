import { sealData } from 'iron-session';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { SessionData } from './session-data';

/**
 * Finding 11 of the security review: malformed session cookies must read as signed out, never
 * as a 500 (SECURITY.md). Each variant is one field of a valid seal bent out of shape.
 */

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(),
}));

const PASSWORD = 'malformed-seal-password-0123456789-abcdef';
vi.stubEnv('SESSION_PASSWORD', PASSWORD);
vi.stubEnv('COOKIE_SECURE', 'never');
vi.stubEnv('LOG_LEVEL', 'silent');

const { resetEnvForTests } = await import('@/lib/config/env');
const { openSeal } = await import('./open-seal');
const { clearUnsealCache } = await import('./unseal-cache');
const sessionRoute = await import('@/app/api/auth/session/route');
const invokeRoute = await import('@/app/api/invoke/route');

const now = Date.now();
const data: SessionData = {
  auth: {
    region: 'sandbox',
    flow: 'oauth2',
    customerId: 'sandboxdemo01',
    clientId: 'malformed-client',
    token: 'eyJhbGciOiJIUzI1NiJ9.TOKEN.sig',
    issuedAt: now,
    expiresAt: now + 3_600_000,
  },
  sid: 'malformed-session-id',
};

let valid = '';

/** The seal with component `index` (0 = prefix … 7 = hmac) replaced. */
function bend(index: number, value: string): string {
  const [body, version] = valid.split('~');
  const parts = body!.split('*');
  parts[index] = value;
  return `${parts.join('*')}~${version}`;
}

const variants: [string, () => string][] = [
  ['prefix Fe26.1', () => bend(0, 'Fe26.1')],
  ['prefix FE26.2', () => bend(0, 'FE26.2')],
  ['empty prefix', () => bend(0, '')],
  ['expiration abc', () => bend(5, 'abc')],
  ['expiration -5', () => bend(5, '-5')],
  ['expiration 1e400', () => bend(5, '1e400')],
  ['expiration in the past', () => bend(5, '1')],
  ['password id __proto__', () => bend(1, '__proto__')],
  ['password id constructor', () => bend(1, 'constructor')],
  ['password id toString', () => bend(1, 'toString')],
  ['password id hasOwnProperty', () => bend(1, 'hasOwnProperty')],
  ['unknown password id', () => bend(1, '99')],
  ['hmac changed', () => bend(7, 'A'.repeat(43))],
  ['data changed', () => bend(4, 'AAAA')],
  ['iv not base64', () => bend(3, '%%%')],
  ['a component missing', () => valid.replace(/\*[^*]*~/, '~')],
  ['a component too many', () => valid.replace('~', '*extra~')],
  ['version ~1', () => valid.replace(/~2$/, '~1')],
  ['version ~x', () => valid.replace(/~2$/, '~x')],
  ['just the prefix', () => 'Fe26.2'],
  ['junk', () => '\u00e9'.repeat(300)],
];

beforeAll(async () => {
  resetEnvForTests();
  valid = await sealData(data, { password: PASSWORD, ttl: 3600 });
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('a malformed session cookie reads as signed out', () => {
  it('the valid seal opens (the variants below start from it)', async () => {
    expect(await openSeal(valid, { password: PASSWORD })).toEqual(data);
  });

  it.each(variants)('openSeal: %s → {}', async (_, make) => {
    expect(await openSeal(make(), { password: PASSWORD })).toEqual({});
    expect(await openSeal(make(), { password: { '1': PASSWORD } })).toEqual({});
  });

  function invoke() {
    return invokeRoute.POST(
      new Request('http://localhost/api/invoke', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
        body: JSON.stringify({ region: 'sandbox', serviceId: 'systemlog', method: 'GET', path: '/records' }),
      }),
    );
  }

  it('with the valid seal both routes read the session (so a refusal below is the cookie)', async () => {
    jar.clear();
    jar.set('cxapi', valid);
    const session = await sessionRoute.GET(new Request('http://localhost/api/auth/session'));
    expect(await session.json()).toMatchObject({ authenticated: true, clientId: 'malformed-client' });
    expect((await invoke()).status).toBe(200);
  });

  it.each(variants)(
    'GET /api/auth/session and POST /api/invoke: %s → signed out, not 500',
    async (_, make) => {
      clearUnsealCache();
      jar.clear();
      jar.set('cxapi', make());
      const session = await sessionRoute.GET(new Request('http://localhost/api/auth/session'));
      expect(session.status).toBe(200);
      expect(await session.json()).toEqual({ authenticated: false });
      const response = await invoke();
      expect(response.status).toBe(401);
    },
  );
});
