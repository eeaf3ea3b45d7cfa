import { expect, test } from '@playwright/test';

import { redisServerBinary, startTestRedis, type TestRedis } from '../lib/store/test-redis-server';
import { SecondServer } from './second-server';

/**
 * Scale-out (issue 14): two production instances sharing one Redis behave as one deployment —
 * sandbox data, token rate limit, sign-out and reset — and, separately, two instances without
 * REDIS_URL each keep their own memory. Then Redis is stopped under them and restarted.
 * The redis-server is this spec's own, on a free loopback port, without persistence.
 */

const SESSION_LIMIT = 5;
const CUSTOMER_HEADER = [
  ['Citrix-CustomerId', 'sandboxdemo01'],
  ['Accept', 'application/json'],
  ['Content-Type', 'application/json; charset=utf-8'],
];

/** A browser's cookies, kept across requests and replayable to any instance. */
class Jar {
  readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1);
      if (value && !/max-age=0/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }
  copy(): Jar {
    const copy = new Jar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }
}

async function api(
  server: SecondServer,
  jar: Jar,
  method: string,
  path: string,
  body?: unknown,
  address = '203.0.113.50',
): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      origin: server.baseUrl,
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(jar.cookies.size ? { cookie: jar.header() } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  jar.keep(response);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : {}, ms: performance.now() - started };
}

const signIn = (server: SecondServer, jar: Jar, address?: string) =>
  api(server, jar, 'POST', '/api/auth/token', { mode: 'sandbox-demo' }, address);

const isSignedIn = async (server: SecondServer, jar: Jar) =>
  (await api(server, jar, 'GET', '/api/auth/session')).json.authenticated;

/** One sandbox call through the proxy: the upstream status and parsed body. */
async function invoke(server: SecondServer, jar: Jar, method: string, path: string, body?: unknown) {
  const { status, json } = await api(server, jar, 'POST', '/api/invoke', {
    region: 'sandbox',
    serviceId: 'resourcelocations',
    method,
    path,
    headers: CUSTOMER_HEADER,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(status, `POST /api/invoke ${method} ${path}: ${JSON.stringify(json)}`).toBe(200);
  const text = json.body as string | undefined;
  return { status: json.status as number, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function createLocation(server: SecondServer, jar: Jar, name: string): Promise<string> {
  const created = await invoke(server, jar, 'POST', '/', { name });
  expect(created.status).toBe(200);
  return created.body.id as string;
}

test.describe.configure({ mode: 'serial' });

test.describe('two instances sharing one Redis', () => {
  test.skip(!redisServerBinary(), 'no redis-server binary here: install Debian redis-server (.ci/run does)');

  let redis: TestRedis;
  let a: SecondServer;
  let b: SecondServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    redis = (await startTestRedis())!;
    const env = { REDIS_URL: redis.url, TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: String(SESSION_LIMIT) };
    a = new SecondServer(11, env);
    b = new SecondServer(12, env);
    // One after the other: each start copies the build's static files into .next/standalone
    // (scripts/start-standalone.mjs), and two copies at once into the same folder can fail.
    await a.start();
    await b.start();
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  test('a resource location created through A is read and deleted through B, then 404 through A', async () => {
    const jar = new Jar();
    expect((await signIn(a, jar)).status).toBe(200);
    const id = await createLocation(a, jar, 'Made on A');
    const read = await invoke(b, jar, 'GET', `/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Made on A');
    expect((await invoke(b, jar, 'DELETE', `/${id}`)).status).toBe(204);
    expect((await invoke(a, jar, 'GET', `/${id}`)).status).toBe(404);
  });

  test('the token rate limit is shared: the sixth generation in a minute is refused whichever instance answers', async () => {
    const jar = new Jar();
    const servers = [a, b, a, b, a];
    for (const server of servers) expect((await signIn(server, jar, '203.0.113.61')).status).toBe(200);
    for (const server of [a, b]) {
      const refused = await signIn(server, jar, '203.0.113.61');
      expect(refused.status).toBe(429);
      expect((refused.json.error as { code: string }).code).toBe('TOO_MANY_TOKEN_REQUESTS');
    }
  });

  test('sign out through A: the same cookie replayed to B reads as signed out', async () => {
    const jar = new Jar();
    expect((await signIn(a, jar, '203.0.113.62')).status).toBe(200);
    const copy = jar.copy();
    expect(await isSignedIn(b, copy)).toBe(true);
    const signOut = await api(a, jar, 'DELETE', '/api/auth/token');
    expect(signOut.json).toEqual({ authenticated: false, revokedEverywhere: true });
    expect(await isSignedIn(b, copy)).toBe(false);
    expect(await isSignedIn(a, copy)).toBe(false);
    const replayed = await api(b, copy, 'POST', '/api/invoke', {
      region: 'sandbox',
      serviceId: 'resourcelocations',
      headers: CUSTOMER_HEADER,
      method: 'GET',
      path: '/',
    });
    expect(replayed.status).toBe(401);
  });

  test('Reset sandbox data through one instance resets both', async () => {
    const jar = new Jar();
    expect((await signIn(a, jar, '203.0.113.63')).status).toBe(200);
    const id = await createLocation(a, jar, 'Before reset');
    expect((await invoke(b, jar, 'GET', `/${id}`)).status).toBe(200);
    expect((await api(b, jar, 'POST', '/api/sandbox/reset', {})).status).toBe(200);
    expect((await invoke(a, jar, 'GET', `/${id}`)).status).toBe(404);
    expect((await invoke(b, jar, 'GET', `/${id}`)).status).toBe(404);
  });

  test('Redis stopped: the sandbox answers 503 with a message within the timeout, pages keep working; Redis back: normal again', async () => {
    const jar = new Jar();
    expect((await signIn(a, jar, '203.0.113.64')).status).toBe(200);
    const id = await createLocation(a, jar, 'Survives nothing');
    await redis.stop();

    const down = await api(b, jar, 'POST', '/api/invoke', {
      region: 'sandbox',
      serviceId: 'resourcelocations',
      headers: CUSTOMER_HEADER,
      method: 'GET',
      path: `/${id}`,
    });
    expect(down.status).toBe(200);
    expect(down.json.status).toBe(503);
    expect(JSON.parse(down.json.body as string).detail).toMatch(/data store is not answering/);
    expect(down.ms, 'answered within the store deadline, not hung').toBeLessThan(5000);

    const reset = await api(a, jar, 'POST', '/api/sandbox/reset', {});
    expect(reset.status).toBe(503);
    expect((reset.json.error as { code: string; message: string }).message).toMatch(/not answering/);

    // The rest of the app keeps working: pages, the token page, the session, a token generation.
    for (const path of ['/', '/token', '/apis']) {
      const page = await fetch(`${b.baseUrl}${path}`, { signal: AbortSignal.timeout(15_000) });
      expect(page.status, path).toBe(200);
    }
    expect(await isSignedIn(b, jar)).toBe(true);
    expect((await signIn(b, new Jar(), '203.0.113.65')).status).toBe(200);

    await redis.start();
    // Back by itself (the client reconnects within a couple of seconds); Redis came back empty,
    // so the customer is reseeded: the location made before is gone, a new one is shared again.
    await expect
      .poll(async () => (await invoke(b, jar, 'GET', `/${id}`)).status, { timeout: 15_000 })
      .toBe(404);
    const again = await createLocation(b, jar, 'After restart');
    // A reconnects on its own schedule (every 0.5–2 s), without a restart of the app.
    await expect
      .poll(async () => (await invoke(a, jar, 'GET', `/${again}`)).status, { timeout: 15_000 })
      .toBe(200);
  });
});

test.describe('two instances each with their own memory (no REDIS_URL)', () => {
  let a: SecondServer;
  let b: SecondServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    a = new SecondServer(13, { TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: String(SESSION_LIMIT) });
    b = new SecondServer(14, { TOKEN_RATE_LIMIT_PER_MINUTE_PER_SESSION: String(SESSION_LIMIT) });
    // One after the other: each start copies the build's static files into .next/standalone
    // (scripts/start-standalone.mjs), and two copies at once into the same folder can fail.
    await a.start();
    await b.start();
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  test('each keeps its own sandbox data, token limit and revocations', async () => {
    const jar = new Jar();
    expect((await signIn(a, jar, '203.0.113.70')).status).toBe(200);
    const id = await createLocation(a, jar, 'Only on A');
    expect((await invoke(a, jar, 'GET', `/${id}`)).status).toBe(200);
    expect((await invoke(b, jar, 'GET', `/${id}`)).status).toBe(404);

    // A's limit is used up (1 above + 4); B still has its own.
    for (let hit = 1; hit < SESSION_LIMIT; hit += 1)
      expect((await signIn(a, jar, '203.0.113.70')).status).toBe(200);
    expect((await signIn(a, jar, '203.0.113.70')).status).toBe(429);
    expect((await signIn(b, jar, '203.0.113.70')).status).toBe(200);

    // Revocation in memory holds within the instance that signed out.
    const copy = jar.copy();
    await api(a, jar, 'DELETE', '/api/auth/token');
    expect(await isSignedIn(a, copy)).toBe(false);
  });
});
