import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as InvokeModule from '@/lib/proxy/invoke';
import type { SessionAuth } from '@/lib/session/session-data';

// The route reads its session through next/headers; a Map stands in for the browser's cookie jar.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (...args: unknown[]) => {
      const [first, second] = args as [string | { name: string; value: string }, string?];
      if (typeof first === 'string') jar.set(first, second ?? '');
      else jar.set(first.name, first.value);
    },
  }),
  headers: async () => new Headers(),
}));
// Unit tests must not depend on the catalog's contents: one fixture service, which the sandbox
// (routing by the catalog's descriptions) serves with its real `Me_GetMe` handler.
vi.mock('@/lib/services/catalog', () => {
  const daas = {
    id: 'daas',
    title: 'DaaS',
    summary: '',
    hostKind: 'gateway',
    basePath: '/cvad/manage',
    paging: 'none',
    requiredHeaders: [],
    document: { paths: { '/me': { get: { operationId: 'Me_GetMe' } } } },
  };
  return { CATALOG: [daas], findService: (id: string) => (id === 'daas' ? daas : undefined) };
});
vi.mock('@/lib/proxy/invoke', async (importOriginal) => {
  const actual = await importOriginal<typeof InvokeModule>();
  return { ...actual, invokeOperation: vi.fn(actual.invokeOperation) };
});

const { mintSessionAuth } = await import('@/lib/auth/authenticate');
const { resetEnvForTests } = await import('@/lib/config/env');
const { invokeOperation } = await import('@/lib/proxy/invoke');
const { getSession, saveAuth } = await import('@/lib/session/session');
const { POST } = await import('./route');

const APP = 'https://app.test';
let demo: SessionAuth;
const logs: string[] = [];

beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'route-tests-password-at-least-32-characters');
  vi.stubEnv('COOKIE_SECURE', 'never');
  vi.stubEnv('LOG_LEVEL', 'info');
  resetEnvForTests();
  vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(String(line)));
  demo = await mintSessionAuth(
    {
      region: 'sandbox',
      flow: 'oauth2',
      customerId: 'sandboxdemo01',
      clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
      clientSecret: 'Sbx3Demo+Secret/Key9w==',
    },
    { kind: 'sandbox-demo' },
    APP,
  );
});
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => {
  jar.clear();
  logs.length = 0;
});

async function signIn(auth: SessionAuth): Promise<void> {
  await saveAuth(await getSession(), auth);
}

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const meCall = {
  region: 'sandbox',
  serviceId: 'daas',
  method: 'GET',
  path: '/me',
  query: [['a', 'secret-query']],
  headers: [
    ['Accept', 'application/json'],
    ['Citrix-CustomerId', 'sandboxdemo01'],
  ],
};

describe('POST /api/invoke', () => {
  it('F41 refuses cross-site requests with 403 and non-JSON with 415', async () => {
    expect((await POST(post(meCall, { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
    expect((await POST(post('x', { 'content-type': 'text/plain' }))).status).toBe(415);
  });

  it('A7/A15 refuses unknown keys such as a host or url with 400', async () => {
    const response = await POST(post({ ...meCall, url: 'https://evil.example' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_ERROR');
  });

  it('F45 answers 401 without a session, even with x-middleware-subrequest', async () => {
    const response = await POST(post(meCall, { 'x-middleware-subrequest': 'middleware:middleware' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_AUTHENTICATED', message: 'Set Authentication first.' },
    });
  });

  it('returns the sandbox answer as data and logs one line without query, token or cookie', async () => {
    await signIn(demo);
    const response = await POST(post(meCall));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const result = (await response.json()) as { status: number; body: string; transactionId: string };
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ Customers: [{ Id: 'sandboxdemo01' }] });
    const lines = logs
      .filter((line) => line.includes('"proxy_call"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      event: 'proxy_call',
      method: 'GET',
      host: 'sandbox',
      path: '/cvad/manage/me',
      status: 200,
      transactionId: result.transactionId,
    });
    // The query is the user's own and shows in the result URL, but never in a log line.
    expect(logs.join('\n')).not.toContain('secret-query');
    const everything = logs.join('\n') + JSON.stringify(result);
    expect(everything).not.toContain(demo.token);
    expect(everything).not.toContain('Fe26.2');
  });

  it('H53 renews a near-expiry token, answers renewed:true and stores the new token in the cookie', async () => {
    await signIn({ ...demo, expiresAt: Date.now() + 20_000 });
    const before = [...jar.values()][0];
    const result = (await (await POST(post(meCall))).json()) as { status: number; renewed?: boolean };
    expect(result).toMatchObject({ status: 200, renewed: true });
    const after = [...jar.values()][0];
    expect(after).not.toBe(before);
    const session = await getSession();
    expect(session.auth?.token).not.toBe(demo.token);
    expect(session.auth?.expiresAt).toBeGreaterThan(Date.now() + 60_000);
  });

  it('J69 caps the calls one session has in flight: the 7th gets 429 with Retry-After: 1', async () => {
    await signIn(demo);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    vi.mocked(invokeOperation).mockImplementation(async () => {
      started++;
      await gate;
      return {
        result: {
          status: 200,
          statusText: 'OK',
          headers: [],
          contentType: '',
          bodyEncoding: 'text',
          body: '',
          sizeBytes: 0,
          truncated: false,
          durationMs: 1,
          url: '',
        },
        host: 'sandbox',
        pathname: '/x',
      };
    });
    try {
      const inFlight = Array.from({ length: 6 }, () => POST(post(meCall)));
      await vi.waitFor(() => expect(started).toBe(6));
      const refused = await POST(post(meCall));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      release();
      expect((await Promise.all(inFlight)).map((response) => response.status)).toEqual([
        200, 200, 200, 200, 200, 200,
      ]);
    } finally {
      vi.mocked(invokeOperation).mockRestore();
    }
  });
});
