import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { mintSessionAuth } from '@/lib/auth/authenticate';
import { resetRenewalsForTests } from '@/lib/auth/renew';
import { resetEnvForTests } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import { invokeRequestSchema, type InvokeRequestInput } from '@/lib/schemas/invoke';
import type { CatalogService } from '@/lib/services/types';
import type { SessionAuth } from '@/lib/session/session-data';

import { invokeOperation, type InvokeContext } from './invoke';

const APP = 'https://app.test';
const SECRET = 'SECRET_CANARY_7f3a9c21';
const daas: CatalogService = {
  id: 'daas',
  title: 'DaaS',
  summary: '',
  hostKind: 'gateway',
  basePath: '/cvad/manage',
  paging: 'none',
  requiredHeaders: ['Citrix-CustomerId'],
  document: { openapi: '3.1.0', paths: { '/me': { get: {} }, '/Machines/{nameOrId}/$start': { post: {} } } },
};

let demo: SessionAuth;
let canary: SessionAuth;
beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'sandbox-invoke-tests-password-32-chars-min');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE', '10000');
  vi.stubEnv(
    'SANDBOX_CLIENTS',
    JSON.stringify([{ customerId: 'canary01', clientId: 'canary-client', clientSecret: SECRET }]),
  );
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
  canary = await mintSessionAuth(
    {
      region: 'sandbox',
      flow: 'oauth2',
      customerId: 'canary01',
      clientId: 'canary-client',
      clientSecret: SECRET,
    },
    { kind: 'secret', secret: SECRET },
    APP,
  );
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});
beforeEach(() => resetRenewalsForTests());

const me = (overrides: Partial<InvokeRequestInput> = {}) =>
  invokeRequestSchema.parse({
    region: 'sandbox',
    serviceId: 'daas',
    method: 'GET',
    path: '/me',
    headers: [
      ['Accept', 'application/json'],
      ['Citrix-CustomerId', 'sandboxdemo01'],
    ],
    ...overrides,
  });

const context = (overrides: Partial<InvokeContext> = {}): InvokeContext => ({
  findService: (id) => (id === 'daas' ? daas : undefined),
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

describe('invoke against the in-process sandbox', () => {
  it('calls the operation with the session token and returns the answer as text, unparsed', async () => {
    const { result, host, pathname } = await invokeOperation(me(), context());
    expect(result.status).toBe(200);
    expect(result.bodyEncoding).toBe('text');
    expect(JSON.parse(result.body)).toMatchObject({ Customers: [{ Id: 'sandboxdemo01' }] });
    expect(result.url).toBe('https://app.test/sandbox/cvad/manage/me');
    expect(result.transactionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.renewed).toBeUndefined();
    expect({ host, pathname }).toEqual({ host: 'sandbox', pathname: '/cvad/manage/me' });
  });

  it("passes Citrix's own errors through as data (406 without Accept: application/json)", async () => {
    const { result } = await invokeOperation(
      me({ headers: [['Citrix-CustomerId', 'sandboxdemo01']] }),
      context(),
    );
    expect(result.status).toBe(406);
    expect(result.body).toContain('common/notAcceptable');
  });

  it('401 NOT_AUTHENTICATED without a session or a pasted token', async () => {
    expect(await failure(invokeOperation(me(), context({ auth: undefined })))).toMatchObject({
      status: 401,
      code: 'NOT_AUTHENTICATED',
      message: 'Set Authentication first.',
    });
  });

  it('accepts a pasted token, as "CwsAuth Bearer=…" or bare, without a session and in any region check', async () => {
    for (const authorizationOverride of [`CwsAuth Bearer=${demo.token}`, demo.token]) {
      const { result } = await invokeOperation(me({ authorizationOverride }), context({ auth: undefined }));
      expect(result.status).toBe(200);
    }
    const { result } = await invokeOperation(
      me({ authorizationOverride: 'not.a.valid-token' }),
      context({ auth: undefined }),
    );
    expect(result.status).toBe(401);
    expect(result.body).toContain('invalid');
  });

  it('404 UNKNOWN_SERVICE, 400 METHOD_NOT_IN_DESCRIPTION for an undeclared method or path', async () => {
    expect(await failure(invokeOperation(me({ serviceId: 'nope' }), context()))).toMatchObject({
      status: 404,
      code: 'UNKNOWN_SERVICE',
    });
    const wrongMethod = await failure(invokeOperation(me({ method: 'DELETE' }), context()));
    expect(wrongMethod).toMatchObject({ status: 400, code: 'METHOD_NOT_IN_DESCRIPTION' });
    expect(wrongMethod.message).toContain('GET');
    expect(await failure(invokeOperation(me({ path: '/other' }), context()))).toMatchObject({
      status: 400,
      code: 'METHOD_NOT_IN_DESCRIPTION',
    });
    const start = await invokeOperation(
      me({ method: 'POST', path: '/Machines/m-1/$start', body: '{}' }),
      context(),
    );
    expect(start.result.status).not.toBe(400);
  });

  it('refuses a path that fails the URL rules with 400 before any call', async () => {
    expect(
      await failure(invokeOperation(me({ path: '/me/../../cctrustoauth2/x/tokens/clients' }), context())),
    ).toMatchObject({ status: 400 });
  });

  it('400 REGION_MISMATCH when the session is for another region; 400 SANDBOX_DISABLED when switched off', async () => {
    expect(await failure(invokeOperation(me({ region: 'us' }), context()))).toMatchObject({
      status: 400,
      code: 'REGION_MISMATCH',
    });
    expect(await failure(invokeOperation(me(), context({ sandboxEnabled: false })))).toMatchObject({
      status: 400,
      code: 'SANDBOX_DISABLED',
    });
  });

  it('400 BODY_NOT_ALLOWED for a GET with a body', async () => {
    expect(await failure(invokeOperation(me({ body: '{"a":1}' }), context()))).toMatchObject({
      status: 400,
      code: 'BODY_NOT_ALLOWED',
    });
  });

  it('H54 a renewing session whose token the sandbox rejects re-mints for real once and retries', async () => {
    const persistAuth = vi.fn(async () => undefined);
    const rejected: SessionAuth = { ...canary, token: 'TOKEN_CANARY_rejected' };
    const { result } = await invokeOperation(
      me({
        headers: [
          ['Accept', 'application/json'],
          ['Citrix-CustomerId', 'canary01'],
        ],
      }),
      context({ auth: rejected, persistAuth }),
    );
    expect(result).toMatchObject({ status: 200, renewed: true });
    expect(persistAuth).toHaveBeenCalledTimes(1);
    const saved = (persistAuth.mock.calls[0] as unknown as [SessionAuth])[0];
    expect(saved.token).not.toBe('TOKEN_CANARY_rejected');
    expect(saved.renew).toEqual({ kind: 'secret', secret: SECRET });
  });

  it('D27 no invoke result or error carries the token or the secret', async () => {
    const outputs: unknown[] = [];
    const auth = { ...canary, expiresAt: Date.now() + 10_000 };
    outputs.push(
      (
        await invokeOperation(
          me({
            headers: [
              ['Accept', 'application/json'],
              ['Citrix-CustomerId', 'canary01'],
            ],
          }),
          context({ auth }),
        )
      ).result,
    );
    outputs.push((await invokeOperation(me(), context({ auth: canary }))).result);
    for (const bad of [me({ region: 'us' }), me({ path: '//evil' }), me({ serviceId: 'x' })]) {
      const error = await failure(invokeOperation(bad, context({ auth: canary })));
      outputs.push({ message: error.message, extra: error.extra });
    }
    const text = JSON.stringify(outputs);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(canary.token);
  });
});
