import type { APIResponse } from '@playwright/test';

import { expect, test } from './fixtures';
import { BASE_URL } from './test-env';

/**
 * Security test plan §E against the running production server: the cookies token generation sets,
 * and what logout does. Expiry and password rotation are unit-tested with a fake clock in
 * lib/security/session-cookie.test.ts (E37, E38); a tampered cookie in e2e/api-auth.spec.ts (E36).
 */

const SAME_ORIGIN = { origin: BASE_URL, 'content-type': 'application/json' };

interface Cookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
  raw: string;
}

function parseSetCookies(response: APIResponse): Cookie[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map(({ value: raw }) => {
      const [pair, ...rest] = raw.split(';');
      const index = pair!.indexOf('=');
      const attributes = new Map(
        rest.map((part) => {
          const [key, ...value] = part.trim().split('=');
          return [key!.toLowerCase(), value.join('=')] as [string, string];
        }),
      );
      return { name: pair!.slice(0, index).trim(), value: pair!.slice(index + 1), attributes, raw };
    });
}

function expectStrictCookie(cookie: Cookie, secure: boolean) {
  expect(cookie.attributes.has('httponly'), `${cookie.name} HttpOnly`).toBe(true);
  expect(cookie.attributes.get('samesite')?.toLowerCase(), `${cookie.name} SameSite`).toBe('strict');
  expect(cookie.attributes.get('path'), `${cookie.name} Path`).toBe('/');
  expect(cookie.attributes.has('domain'), `${cookie.name} has no Domain`).toBe(false);
  expect(cookie.attributes.has('secure'), `${cookie.name} Secure`).toBe(secure);
  expect(cookie.name.startsWith('__Host-'), `${cookie.name} prefix`).toBe(secure);
}

test.describe('E35 the cookies of a token generation', () => {
  test('over https (x-forwarded-proto): __Host- session cookie, Secure, HttpOnly, SameSite=Strict, Path=/, Max-Age ≤ token TTL + 60', async ({
    request,
  }) => {
    const response = await request.post('/api/auth/token', {
      headers: { ...SAME_ORIGIN, 'x-forwarded-proto': 'https' },
      data: { mode: 'sandbox-demo' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    const cookies = parseSetCookies(response);
    const session = cookies.filter((cookie) => cookie.name === '__Host-cxapi');
    expect(session, 'exactly one session cookie').toHaveLength(1);
    expectStrictCookie(session[0]!, true);
    const { expiresAt, issuedAt } = await response.json();
    const tokenTtl = Math.round((expiresAt - issuedAt) / 1000);
    const maxAge = Number(session[0]!.attributes.get('max-age'));
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(tokenTtl + 60);
    expect(session[0]!.raw.length, 'under the 4096-byte browser limit').toBeLessThan(4096);
    // The only other cookie is the rate-limit id: same flags, no secret in it.
    for (const other of cookies.filter((cookie) => cookie.name !== '__Host-cxapi')) {
      expect(other.name).toBe('__Host-cxapi-rl');
      expectStrictCookie(other, true);
      expect(other.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  test('over plain http (local development): the same flags without the prefix and Secure', async ({
    request,
  }) => {
    const response = await request.post('/api/auth/token', {
      headers: SAME_ORIGIN,
      data: { mode: 'sandbox-demo' },
    });
    const session = parseSetCookies(response).filter((cookie) => cookie.name === 'cxapi');
    expect(session).toHaveLength(1);
    expectStrictCookie(session[0]!, false);
  });

  test('with "Renew automatically" the session may outlive one token (8 h), because the server re-mints', async ({
    request,
  }) => {
    const response = await request.post('/api/auth/token', {
      headers: SAME_ORIGIN,
      data: { mode: 'sandbox-demo', renewAutomatically: true },
    });
    const [session] = parseSetCookies(response).filter((cookie) => cookie.name === 'cxapi');
    expect(Number(session!.attributes.get('max-age'))).toBeLessThanOrEqual(8 * 3600);
  });

  test('every generation seals a fresh cookie (no fixation onto an existing value)', async ({ request }) => {
    const first = parseSetCookies(
      await request.post('/api/auth/token', { headers: SAME_ORIGIN, data: { mode: 'sandbox-demo' } }),
    );
    const second = parseSetCookies(
      await request.post('/api/auth/token', { headers: SAME_ORIGIN, data: { mode: 'sandbox-demo' } }),
    );
    const value = (cookies: Cookie[]) => cookies.find((cookie) => cookie.name === 'cxapi')!.value;
    expect(value(second)).not.toBe(value(first));
  });
});

test.describe('E40 logout', () => {
  test('clears the cookie with Max-Age=0 and Clear-Site-Data; a copy kept from before reads as signed out', async ({
    request,
    playwright,
  }) => {
    const login = await request.post('/api/auth/token', {
      headers: SAME_ORIGIN,
      data: { mode: 'sandbox-demo' },
    });
    const kept = parseSetCookies(login).find((cookie) => cookie.name === 'cxapi')!;

    const logout = await request.delete('/api/auth/token', { headers: { origin: BASE_URL } });
    expect(logout.status()).toBe(200);
    expect(logout.headers()['clear-site-data']).toContain('"cache"');
    const cleared = parseSetCookies(logout).find((cookie) => cookie.name === 'cxapi')!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes.get('max-age')).toBe('0');
    expect(await (await request.get('/api/auth/session')).json()).toEqual({ authenticated: false });

    // SECURITY.md, "Revocation" (ASVS 7.4.1): logout revokes the session id inside the seal until
    // the seal's own expiry, so a copy taken before reads as signed out (across instances with
    // REDIS_URL: e2e/scale-out.spec.ts).
    const replay = await playwright.request.newContext({ baseURL: BASE_URL });
    try {
      const headers = { cookie: `${kept.name}=${kept.value}` };
      expect(await (await replay.get('/api/auth/session', { headers })).json()).toEqual({
        authenticated: false,
      });
      const invoke = await replay.post('/api/invoke', {
        headers: { ...headers, ...SAME_ORIGIN },
        data: { region: 'sandbox', serviceId: 'systemlog', method: 'GET', path: '/records' },
      });
      expect(invoke.status()).toBe(401);
    } finally {
      await replay.dispose();
    }
  });
});

test.describe('finding 11: a malformed session cookie reads as signed out, never 500', () => {
  /** Component `index` of a valid seal (0 prefix, 1 password id, 5 expiration) replaced. */
  const bend = (seal: string, index: number, value: string) => {
    const [body, version] = seal.split('~');
    const parts = body!.split('*');
    parts[index] = value;
    return `${parts.join('*')}~${version}`;
  };
  const variants: [string, (seal: string) => string][] = [
    ['prefix Fe26.1', (seal) => bend(seal, 0, 'Fe26.1')],
    ['prefix FE26.2', (seal) => bend(seal, 0, 'FE26.2')],
    ['expiration abc', (seal) => bend(seal, 5, 'abc')],
    ['expiration -5', (seal) => bend(seal, 5, '-5')],
    ['expiration 1e400', (seal) => bend(seal, 5, '1e400')],
    ['password id __proto__', (seal) => bend(seal, 1, '__proto__')],
    ['password id constructor', (seal) => bend(seal, 1, 'constructor')],
    ['password id toString', (seal) => bend(seal, 1, 'toString')],
    ['hmac changed', (seal) => bend(seal, 7, 'A'.repeat(43))],
    ['a component missing', (seal) => seal.replace(/\*[^*]*~/, '~')],
    ['version ~1', (seal) => seal.replace(/~2$/, '~1')],
  ];

  test('GET /api/auth/session and POST /api/invoke, for each variant', async ({ request, playwright }) => {
    const login = await request.post('/api/auth/token', {
      headers: SAME_ORIGIN,
      data: { mode: 'sandbox-demo' },
    });
    const valid = parseSetCookies(login).find((cookie) => cookie.name === 'cxapi')!.value;
    const replay = await playwright.request.newContext({ baseURL: BASE_URL });
    try {
      for (const [name, make] of variants) {
        const headers = { cookie: `cxapi=${make(valid)}` };
        const session = await replay.get('/api/auth/session', { headers });
        expect(session.status(), name).toBe(200);
        expect(await session.json(), name).toEqual({ authenticated: false });
        const invoke = await replay.post('/api/invoke', {
          headers: { ...headers, ...SAME_ORIGIN },
          data: { region: 'sandbox', serviceId: 'systemlog', method: 'GET', path: '/records' },
        });
        expect(invoke.status(), name).toBe(401);
      }
    } finally {
      await replay.dispose();
    }
  });
});
