import { expect, test } from './fixtures';
import { BASE_URL, TOKEN_RATE_LIMIT } from './test-env';

/**
 * Abuse limits against the running production server: token generation is rate-limited per
 * browser session and per client address (429 TOO_MANY_TOKEN_REQUESTS + Retry-After), and
 * oversized or malformed invoke payloads are refused before any upstream call (plan A5, A6, A8).
 *
 * The e2e server trusts X-Forwarded-For (TRUST_PROXY_HEADERS=true, as behind a reverse proxy) and
 * allows TOKEN_RATE_LIMIT requests per minute, so these tests use client addresses of the
 * documentation ranges that no other test uses, and plain fetch (no cookie jar) to control cookies.
 * The limiter itself, with low limits and a fake clock, is unit-tested in lib/rate-limit/.
 */

const TOKEN_URL = `${BASE_URL}/api/auth/token`;
/** Fails validation (400) before any token call: cheap, and still counted. */
const CHEAP_BODY = '{}';

async function tokenRequest(headers: Record<string, string>): Promise<Response> {
  return fetch(TOKEN_URL, {
    method: 'POST',
    headers: { origin: BASE_URL, 'content-type': 'application/json', ...headers },
    body: CHEAP_BODY,
  });
}

/** Sends batches until the first 429; returns how many were admitted before it, and the 429. */
async function hammer(
  headersFor: (i: number) => Record<string, string>,
): Promise<{ admitted: number; refused: Response }> {
  let admitted = 0;
  // The bucket refills at TOKEN_RATE_LIMIT per minute while we send, so allow some headroom.
  const ceiling = TOKEN_RATE_LIMIT * 1.5;
  for (let i = 0; i < ceiling; i += 25) {
    const batch = await Promise.all(Array.from({ length: 25 }, (_, j) => tokenRequest(headersFor(i + j))));
    for (const response of batch) {
      if (response.status === 429) return { admitted, refused: response };
      expect(response.status).toBe(400);
      admitted += 1;
      await response.body?.cancel();
    }
  }
  throw new Error(`no 429 after ${admitted} token requests`);
}

/**
 * At the limit the bucket gives one request back every 60 s / TOKEN_RATE_LIMIT (60 ms here), so a
 * request sent a moment after the first 429 may pass: send a concurrent burst and expect refusals
 * from the same bucket (a fresh bucket would admit all 25).
 */
async function expectRefusedAgain(headers: Record<string, string>, who: RegExp) {
  const burst = await Promise.all(Array.from({ length: 25 }, () => tokenRequest(headers)));
  const refused = burst.filter((response) => response.status === 429);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  for (const response of burst) expect([400, 429]).toContain(response.status);
  await expectTooMany(refused[0]!, who);
}

async function expectTooMany(response: Response, who: RegExp) {
  expect(response.status).toBe(429);
  expect(response.headers.get('cache-control')).toContain('no-store');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = await response.json();
  expect(body.error.code).toBe('TOO_MANY_TOKEN_REQUESTS');
  expect(body.error.message).toMatch(who);
  expect(body.error.message).toContain(`try again in ${retryAfter} second`);
  expect(body.error.retryAfterSeconds).toBe(retryAfter);
  expect(response.headers.get('set-cookie')).toBeNull();
}

test.describe('token generation rate limits', () => {
  test('per browser session: the same cookie is refused from any address once over the limit', async () => {
    const first = await tokenRequest({ 'x-forwarded-for': '198.51.100.200' });
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toMatch(/^cxapi-rl=[A-Za-z0-9_-]{22}$/);
    // Every request from a different address: only the session bucket can run out.
    const { admitted, refused } = await hammer((i) => ({
      cookie,
      'x-forwarded-for': `198.51.100.${i % 200}`,
    }));
    expect(admitted + 1).toBeGreaterThanOrEqual(TOKEN_RATE_LIMIT);
    await expectTooMany(refused, /from this browser/);
    await expectRefusedAgain({ cookie, 'x-forwarded-for': '198.51.100.201' }, /from this browser/);
    // Another browser is not affected.
    expect((await tokenRequest({ 'x-forwarded-for': '198.51.100.202' })).status).toBe(400);
  });

  test('per client address: dropping the cookie does not escape, another address is not affected', async () => {
    // No cookie is ever sent back: each request is a new session; only the address bucket runs out.
    const { admitted, refused } = await hammer(() => ({ 'x-forwarded-for': '203.0.113.77' }));
    expect(admitted).toBeGreaterThanOrEqual(TOKEN_RATE_LIMIT);
    await expectTooMany(refused, /from your network address/);
    // Only the last entry counts (the one the trusted proxy wrote): a forged left-hand entry changes nothing.
    await expectRefusedAgain({ 'x-forwarded-for': '192.0.2.1, 203.0.113.77' }, /network address/);
    expect((await tokenRequest({ 'x-forwarded-for': '203.0.113.78' })).status).toBe(400);
    expect((await tokenRequest({ 'x-forwarded-for': '203.0.113.77, 203.0.113.79' })).status).toBe(400);
  });
});

test.describe('invoke payload limits (before any upstream call)', () => {
  const headers = { origin: BASE_URL, 'content-type': 'application/json' };
  const meCall = {
    region: 'sandbox',
    serviceId: 'daas',
    method: 'GET',
    path: '/me',
    headers: [['Accept', 'application/json']],
  };

  test('A5 a body over 1 MiB → 413 BODY_TOO_LARGE', async ({ request }) => {
    const data = JSON.stringify({ ...meCall, method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    const response = await request.post('/api/invoke', { headers, data: Buffer.from(data) });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe('BODY_TOO_LARGE');
  });

  const bad: { name: string; headers: [string, string][]; code: string }[] = [
    {
      name: 'a header value with CR/LF (header injection)',
      headers: [['X-ActionName', 'a\r\nSet-Cookie: x=1']],
      code: 'VALIDATION_ERROR',
    },
    {
      name: 'a header value with a bare LF',
      headers: [['Accept', 'application/json\nHost: evil.example']],
      code: 'VALIDATION_ERROR',
    },
    { name: 'a header value with NUL', headers: [['Accept', 'a\u0000b']], code: 'VALIDATION_ERROR' },
    { name: 'a header name with a space', headers: [['Bad Name', 'x']], code: 'VALIDATION_ERROR' },
    { name: 'a header name with a colon', headers: [['Host:', 'evil.example']], code: 'VALIDATION_ERROR' },
    {
      name: 'a header value fetch could not send (beyond Latin-1)',
      headers: [['Citrix-Locale', 'fr\u2028']],
      code: 'INVALID_HEADER',
    },
    {
      name: 'more than 50 headers',
      headers: Array.from({ length: 51 }, (_, i) => ['Accept', `a${i}`] as [string, string]),
      code: 'VALIDATION_ERROR',
    },
  ];
  for (const { name, headers: invokeHeaders, code } of bad) {
    test(`A6 ${name} → 400 ${code}, not a 500`, async ({ request }) => {
      const response = await request.post('/api/invoke', {
        headers,
        data: { ...meCall, headers: invokeHeaders },
      });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe(code);
    });
  }

  test('A8 more than 100 query parameters → 400', async ({ request }) => {
    const query = Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']);
    const response = await request.post('/api/invoke', { headers, data: { ...meCall, query } });
    expect(response.status()).toBe(400);
  });
});
