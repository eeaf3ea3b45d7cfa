import { expect, test } from './fixtures';
import { BASE_URL, CANARY } from './test-env';

const sameOrigin = { origin: BASE_URL, 'content-type': 'application/json' };
const valid = { mode: 'client', region: 'sandbox', ...CANARY };

test.describe('POST /api/auth/token refuses bad input with a clear 4xx, before any token call', () => {
  const cases: {
    name: string;
    headers: Record<string, string>;
    data: unknown;
    status: number;
    message: RegExp;
  }[] = [
    {
      name: 'a cross-site request',
      headers: { ...sameOrigin, 'sec-fetch-site': 'cross-site' },
      data: valid,
      status: 403,
      message: /Cross-site/,
    },
    {
      name: 'a foreign Origin',
      headers: { ...sameOrigin, origin: 'https://evil.example' },
      data: valid,
      status: 403,
      message: /Cross-site/,
    },
    {
      name: 'no Origin at all',
      headers: { 'content-type': 'application/json' },
      data: valid,
      status: 403,
      message: /Cross-site/,
    },
    {
      name: 'a form body',
      headers: { ...sameOrigin, 'content-type': 'application/x-www-form-urlencoded' },
      data: 'a=b',
      status: 415,
      message: /application\/json/,
    },
    {
      name: 'an unknown region',
      headers: sameOrigin,
      data: { ...valid, region: 'mars' },
      status: 400,
      message: /Region must be one of/,
    },
    {
      name: 'region __proto__',
      headers: sameOrigin,
      data: { ...valid, region: '__proto__' },
      status: 400,
      message: /Region/,
    },
    {
      name: 'a customer ID with a slash',
      headers: sameOrigin,
      data: { ...valid, customerId: 'a/b' },
      status: 400,
      message: /Customer ID must be/,
    },
    {
      name: 'a customer ID over 64 characters',
      headers: sameOrigin,
      data: { ...valid, customerId: 'a'.repeat(65) },
      status: 400,
      message: /Customer ID must be 1–64/,
    },
    {
      name: 'a missing client ID',
      headers: sameOrigin,
      data: { ...valid, clientId: undefined },
      status: 400,
      message: /clientId/,
    },
    {
      name: 'an unknown extra field',
      headers: sameOrigin,
      data: { ...valid, tokenUrl: 'https://evil.example' },
      status: 400,
      message: /Unrecognized key|tokenUrl/,
    },
    {
      name: 'a body over the size limit',
      headers: sameOrigin,
      data: { ...valid, clientSecret: 'x'.repeat(20_000) },
      status: 413,
      message: /over/,
    },
    { name: 'invalid JSON', headers: sameOrigin, data: '{"mode":', status: 400, message: /not valid JSON/ },
  ];
  for (const { name, headers, data, status, message } of cases) {
    test(name, async ({ request }) => {
      const response = await request.post('/api/auth/token', {
        headers,
        data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
      });
      expect(response.status()).toBe(status);
      expect(response.headers()['cache-control']).toContain('no-store');
      const body = await response.json();
      expect(body.error.message).toMatch(message);
      expect(JSON.stringify(body)).not.toContain(CANARY.clientSecret);
    });
  }

  test('a safe method does not mint', async ({ request }) => {
    expect((await request.get('/api/auth/token')).status()).toBe(405);
  });
});

test.describe('the session cookie', () => {
  test('a tampered cookie reads as not authenticated', async ({ request, playwright }) => {
    const login = await request.post('/api/auth/token', {
      headers: sameOrigin,
      data: { mode: 'sandbox-demo' },
    });
    expect(login.status()).toBe(200);
    const setCookie = login.headers()['set-cookie']!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const [pair] = setCookie.split(';');
    const [name, value] = pair!.split('=');
    const flipped = value!.slice(0, 20) + (value![20] === 'a' ? 'b' : 'a') + value!.slice(21);
    const fresh = await playwright.request.newContext({ baseURL: BASE_URL });
    const ok = await fresh.get('/api/auth/session', { headers: { cookie: `${name}=${value}` } });
    expect(await ok.json()).toMatchObject({ authenticated: true });
    const tampered = await fresh.get('/api/auth/session', { headers: { cookie: `${name}=${flipped}` } });
    expect(tampered.status()).toBe(200);
    expect(await tampered.json()).toEqual({ authenticated: false });
    await fresh.dispose();
  });

  test('the session view never contains the token', async ({ request }) => {
    await request.post('/api/auth/token', { headers: sameOrigin, data: { mode: 'sandbox-demo' } });
    const view = await (await request.get('/api/auth/session')).text();
    expect(view).not.toMatch(/eyJ/);
    expect(JSON.parse(view)).toMatchObject({
      authenticated: true,
      region: 'sandbox',
      customerId: 'sandboxdemo01',
    });
  });
});
