import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { mintSessionAuth } from '@/lib/auth/authenticate';
import { resetRenewalsForTests } from '@/lib/auth/renew';
import { allowedRemoteHostnames, HOST_KINDS, REGION_IDS } from '@/lib/citrix/regions';
import { resetEnvForTests } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import {
  importedInvokeRequestSchema,
  invokeRequestSchema,
  type AnyInvokeRequestInput,
} from '@/lib/schemas/invoke';
import type { SessionAuth } from '@/lib/session/session-data';

import { invokeOperation, type InvokeContext } from './invoke';
import { buildUpstreamUrl } from './upstream-url';

const APP = 'https://app.test';

let demo: SessionAuth;
beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'imported-invoke-tests-password-32-chars-min');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE', '10000');
  resetEnvForTests();
  demo = await mintSessionAuth(
    {
      region: 'sandbox',
      flow: 'oauth2',
      customerId: 'sandboxdemo01',
      clientId: '6f1b3c2a-9d4e-4c57-8a20-5e7b9d1c0f42',
      clientSecret: 'Sbx3Demo+Secret/Key9w==',
    },
    undefined,
    APP,
  );
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => resetRenewalsForTests());

/** GET / of the imported Administrators document (servers: https://api.cloud.com/administrators). */
const admins = (overrides: Partial<Record<string, unknown>> = {}) =>
  invokeRequestSchema.parse({
    kind: 'imported',
    region: 'sandbox',
    target: { hostKind: 'global', basePath: '/administrators' },
    method: 'GET',
    path: '/',
    headers: [
      ['Accept', 'application/json'],
      ['Citrix-CustomerId', 'sandboxdemo01'],
    ],
    ...overrides,
  } as AnyInvokeRequestInput);

const context = (overrides: Partial<InvokeContext> = {}): InvokeContext => ({
  // An imported call never looks at the catalog: a lookup would be a bug.
  findService: () => {
    throw new Error('the catalog must not be consulted for an imported call');
  },
  auth: demo,
  appOrigin: APP,
  sandboxEnabled: true,
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the "imported" variant of POST /api/invoke', () => {
  it('calls an operation of an imported document through the region table (sandbox: /sandbox + basePath)', async () => {
    const { result, host, pathname } = await invokeOperation(admins(), context());
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ items: expect.any(Array) });
    expect(result.url).toBe('https://app.test/sandbox/administrators/');
    expect({ host, pathname }).toEqual({ host: 'sandbox', pathname: '/administrators/' });
  });

  it('maps the same target to the real hosts of each region, never to a host from the request', () => {
    const request = admins();
    const build = (region: (typeof REGION_IDS)[number], hostKind: (typeof HOST_KINDS)[number]) =>
      buildUpstreamUrl({
        region,
        service: { id: 'imported', hostKind, basePath: '/administrators' },
        server: 'regional',
        path: request.path,
        query: [],
      });
    expect(build('us', 'global')).toMatchObject({
      ok: true,
      host: 'api.cloud.com',
      path: '/administrators/',
    });
    expect(build('eu', 'gateway')).toMatchObject({ ok: true, host: 'api-eu.cloud.com' });
    expect(build('jp', 'gateway')).toMatchObject({ ok: true, host: 'api.citrixcloud.jp' });
    expect(build('jp', 'global')).toMatchObject({ ok: false, code: 'SERVICE_NOT_IN_REGION' });
  });

  it('answers SERVICE_NOT_IN_REGION when the mapped host kind has no host in the region', async () => {
    const error = await failure(
      invokeOperation(admins({ region: 'jp' }), context({ auth: { ...demo, region: 'jp' } })),
    );
    expect(error).toMatchObject({ status: 400, code: 'SERVICE_NOT_IN_REGION' });
    expect(error.message).toContain('Japan');
  });

  it('keeps the session checks: no session → 401, another region → 400, sandbox off → 400', async () => {
    expect(await failure(invokeOperation(admins(), context({ auth: undefined })))).toMatchObject({
      status: 401,
      code: 'NOT_AUTHENTICATED',
    });
    expect(await failure(invokeOperation(admins({ region: 'us' }), context()))).toMatchObject({
      status: 400,
      code: 'REGION_MISMATCH',
    });
    expect(await failure(invokeOperation(admins(), context({ sandboxEnabled: false })))).toMatchObject({
      status: 400,
      code: 'SANDBOX_DISABLED',
    });
  });

  it('refuses a path that leaves the base path, as for the catalog', async () => {
    expect(
      await failure(invokeOperation(admins({ path: '/../cctrustoauth2/x/tokens/clients' }), context())),
    ).toMatchObject({ status: 400 });
    expect(
      await failure(invokeOperation(admins({ path: '/%2e%2e/systemlog/records' }), context())),
    ).toMatchObject({ status: 400, code: 'INVALID_PATH' });
  });
});

describe('importedInvokeRequestSchema: the browser names a host kind and a base path, never a URL', () => {
  const base = { kind: 'imported', region: 'us', method: 'GET', path: '/' } as const;
  const parse = (target: unknown, extra: Record<string, unknown> = {}) =>
    invokeRequestSchema.safeParse({ ...base, target, ...extra });

  it('accepts every host kind of the table with a clean base path, or none', () => {
    for (const hostKind of HOST_KINDS) expect(parse({ hostKind, basePath: '/a/b' }).success).toBe(true);
    expect(parse({ hostKind: 'gateway', basePath: '' }).success).toBe(true);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/x'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a dot segment', '/administrators/..'],
    ['an encoded dot segment', '/administrators/%2e%2e'],
    ['a backslash', '/administrators\\..\\x'],
    ['userinfo', '/@evil.example'],
    ['a query', '/administrators?x=1'],
    ['a fragment', '/administrators#x'],
    ['no leading slash', 'administrators'],
    ['a control character', '/admin\u0000istrators'],
    ['a placeholder', '/{tenant}/x'],
  ])('refuses a base path with %s', (_, basePath) => {
    const result = parse({ hostKind: 'gateway', basePath });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['target', 'basePath']);
  });

  it('refuses a host, an origin or a URL field, an unknown host kind and a method outside the enum', () => {
    expect(parse({ hostKind: 'gateway', basePath: '/x', host: 'evil.example' }).success).toBe(false);
    expect(parse({ hostKind: 'gateway', basePath: '/x' }, { url: 'https://evil.example/' }).success).toBe(
      false,
    );
    expect(parse({ hostKind: 'gateway', basePath: '/x' }, { serviceId: 'systemlog' }).success).toBe(false);
    expect(parse({ hostKind: 'evil.example', basePath: '/x' }).success).toBe(false);
    expect(parse({ hostKind: 'gateway', basePath: '/x' }, { method: 'HEAD' }).success).toBe(false);
    expect(parse({ hostKind: 'gateway', basePath: '/x' }, { method: 'CONNECT' }).success).toBe(false);
    expect(parse({ hostKind: 'gateway', basePath: '/x' }, { method: 'TRACE' }).success).toBe(false);
  });

  it('leaves the catalog variant unchanged (no kind, or kind "catalog")', () => {
    const catalog = { region: 'us', serviceId: 'systemlog', method: 'GET', path: '/records' };
    expect(invokeRequestSchema.parse(catalog)).toMatchObject({ serviceId: 'systemlog', server: 'regional' });
    expect(invokeRequestSchema.parse({ ...catalog, kind: 'catalog' })).toMatchObject({ kind: 'catalog' });
    expect(invokeRequestSchema.safeParse({ ...catalog, kind: 'other' }).success).toBe(false);
  });

  it('property: whatever base path passes the schema, the built URL stays on the table host and below the base path', () => {
    const hostnames = allowedRemoteHostnames();
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%$@:;,=+!*'()\\{}-]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...HOST_KINDS),
        fc.constantFrom(...REGION_IDS),
        (segments, hostKind, region) => {
          const basePath = `/${segments.join('/')}`;
          const parsed = importedInvokeRequestSchema.safeParse({
            ...base,
            region,
            target: { hostKind, basePath },
          });
          if (!parsed.success) return;
          const built = buildUpstreamUrl({
            region,
            service: { id: 'imported', hostKind, basePath },
            server: 'regional',
            path: '/x',
            query: [],
          });
          if (!built.ok) return;
          if (built.target.type === 'remote') expect(hostnames.has(built.host)).toBe(true);
          expect(built.pathname.startsWith(`${basePath.replace(/\/+$/, '')}/`)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a Server override that leaves the table is refused by the invoke route in product words', () => {
  const base = { kind: 'imported', region: 'us', method: 'GET', path: '/x' } as const;
  const message = (target: unknown) => {
    const result = invokeRequestSchema.safeParse({ ...base, target });
    expect(result.success).toBe(false);
    return result.error?.issues[0]?.message ?? '';
  };

  it.each([
    ['a host name as the kind', { hostKind: 'evil.example', basePath: '' }, /host kinds of the region table/],
    ['an IP literal as the kind', { hostKind: '10.0.0.1', basePath: '' }, /host kinds of the region table/],
    [
      'an origin with a port in the base path',
      { hostKind: 'gateway', basePath: '//api.cloud.com:8443/x' },
      /contains "\/\/"/,
    ],
    [
      'an IP literal in the base path',
      { hostKind: 'gateway', basePath: '@10.0.0.1/x' },
      /must start with "\/"/,
    ],
    [
      'a host field',
      { hostKind: 'gateway', basePath: '/x', host: '10.0.0.1' },
      /a host name or a URL is not accepted/,
    ],
  ])('%s', (_, target, expected) => {
    const text = message(target);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/Invalid (option|input)|expected one of/);
  });
});
