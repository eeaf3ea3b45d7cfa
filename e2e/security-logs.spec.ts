import { expect, test } from './fixtures';
import { logLines } from './security-server-log';
import { BASE_URL, CANARY } from './test-env';

/**
 * Plan §D31 and issue item 8: one structured JSON line per token exchange and per proxied call,
 * read back from the e2e server's own stdout (test-results/server.log), carrying no token, secret,
 * cookie or query. e2e/zz-leak-sweep.spec.ts greps the whole log at the end of the suite.
 */

const SAME_ORIGIN = { origin: BASE_URL, 'content-type': 'application/json' };
const FORBIDDEN = [
  'eyJ',
  'Fe26.2',
  CANARY.clientSecret,
  encodeURIComponent(CANARY.clientSecret),
  'QUERY_CANARY',
  'authorization',
  'cookie',
  'CwsAuth',
];

function since(startedAt: string) {
  return logLines().filter((line) => typeof line.time === 'string' && line.time >= startedAt);
}

test('a token exchange and a proxied call each leave one JSON line with the documented fields, and nothing secret', async ({
  request,
}) => {
  const startedAt = new Date(Date.now() - 1000).toISOString();
  const login = await request.post('/api/auth/token', {
    headers: SAME_ORIGIN,
    data: {
      mode: 'client',
      region: 'sandbox',
      customerId: CANARY.customerId,
      clientId: CANARY.clientId,
      clientSecret: CANARY.clientSecret,
    },
  });
  expect(login.status()).toBe(200);
  const cookie = login.headers()['set-cookie']!.split(';')[0]!.split('=')[1]!;

  const transactionId = crypto.randomUUID();
  const invoke = await request.post('/api/invoke', {
    headers: SAME_ORIGIN,
    data: {
      region: 'sandbox',
      serviceId: 'systemlog',
      method: 'GET',
      path: '/records',
      query: [
        ['Limit', '1'],
        ['probe', 'QUERY_CANARY_5c1d'],
      ],
      headers: [
        ['Accept', 'application/json'],
        ['Citrix-CustomerId', CANARY.customerId],
        ['Citrix-TransactionId', transactionId],
      ],
    },
  });
  expect((await invoke.json()).status).toBe(200);

  // The server writes asynchronously to its stdout; poll the log (no fixed sleep).
  await expect
    .poll(() => since(startedAt).filter((line) => line.transactionId === transactionId).length, {
      timeout: 10_000,
    })
    .toBe(1);
  const lines = since(startedAt);

  const proxied = lines.find((line) => line.transactionId === transactionId)!;
  expect(proxied).toEqual({
    time: expect.any(String),
    event: 'proxy_call',
    method: 'GET',
    host: 'sandbox',
    path: '/systemlog/records',
    status: 200,
    durationMs: expect.any(Number),
    transactionId,
  });

  const exchanges = lines.filter((line) => line.event === 'token_exchange' && line.status === 200);
  expect(exchanges.length).toBeGreaterThanOrEqual(1);
  // The token exchange line: method, host, path, status, duration and Citrix's transaction id.
  expect(exchanges.at(-1)).toEqual({
    time: expect.any(String),
    event: 'token_exchange',
    method: 'POST',
    host: 'sandbox',
    path: `/cctrustoauth2/${CANARY.customerId}/tokens/clients`,
    region: 'sandbox',
    flow: 'oauth2',
    status: 200,
    durationMs: expect.any(Number),
    transactionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });

  const text = JSON.stringify(lines);
  for (const needle of [...FORBIDDEN, cookie])
    expect(text, `the log must not contain ${needle.slice(0, 12)}…`).not.toContain(needle);
});

test('failures are logged with their status and code only: a wrong secret, a refused cross-site call', async ({
  request,
}) => {
  const startedAt = new Date(Date.now() - 1000).toISOString();
  const wrong = `${CANARY.clientSecret}-WRONG`;
  const refused = await request.post('/api/auth/token', {
    headers: SAME_ORIGIN,
    data: {
      mode: 'client',
      region: 'sandbox',
      customerId: CANARY.customerId,
      clientId: CANARY.clientId,
      clientSecret: wrong,
    },
  });
  expect(refused.status()).toBe(401);
  const crossSite = await request.post('/api/invoke', {
    headers: { ...SAME_ORIGIN, 'sec-fetch-site': 'cross-site' },
    data: {},
  });
  expect(crossSite.status()).toBe(403);

  await expect
    .poll(
      () => since(startedAt).filter((line) => line.event === 'proxy_call' && line.status === 403).length,
      { timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(1);
  const lines = since(startedAt);
  expect(lines.some((line) => line.event === 'token_exchange' && line.status === 401)).toBe(true);
  expect(lines.find((line) => line.event === 'proxy_call' && line.status === 403)).toMatchObject({
    code: 'CROSS_SITE_REQUEST',
  });
  const text = JSON.stringify(lines);
  for (const needle of [...FORBIDDEN, wrong]) expect(text).not.toContain(needle);
});
