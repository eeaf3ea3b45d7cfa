import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { mintSessionAuth } from '@/lib/auth/authenticate';
import { resetEnvForTests } from '@/lib/config/env';
import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import { toFormSpec } from '@/lib/invoke-form/form-spec';
import { initialValues } from '@/lib/invoke-form/initial-values';
import { checkAndIndex, normalise } from '@/lib/openapi/pipeline';
import { targetForRegion } from '@/lib/openapi/servers';
import { invokeOperation } from '@/lib/proxy/invoke';
import { invokeRequestSchema } from '@/lib/schemas/invoke';
import type { SessionAuth } from '@/lib/session/session-data';
import { explain } from '@/lib/troubleshoot/explain';

import { toImportedInvokeRequest } from './invoke-request';
import { operationDetail } from './operation-detail';

/** An imported DaaS operation, sent as the browser sends it, answered by the in-process sandbox. */

const APP = 'https://app.test';
let auth: SessionAuth;
beforeAll(async () => {
  vi.stubEnv('SESSION_PASSWORD', 'imported-sandbox-tests-password-32-chars-min');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE', '10000');
  resetEnvForTests();
  auth = await mintSessionAuth(
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

const outcome = checkAndIndex(
  readFileSync(path.resolve(process.cwd(), 'lib/import/testdata/daas-techpreview-shape.yaml'), 'utf8'),
);
if (!outcome.ok) throw new Error('the DaaS-shaped document was refused');
const { stored, dereferenced } = normalise(outcome.checked);

async function call(operationId: string, siteId: string) {
  const entry = outcome.ok
    ? outcome.checked.operations.find((item) => item.operationId === operationId)!
    : undefined!;
  const detail = operationDetail(stored.meta, entry, dereferenced)!;
  const spec = toFormSpec({
    ...entry,
    method: 'GET',
    serviceId: stored.meta.id,
    parameters: detail.parameters,
  });
  const values = initialValues(spec, { customerId: 'sandboxdemo01' });
  values.params['header:Citrix-InstanceId'] = siteId;
  if ('path:id' in values.params) values.params['path:id'] = 'thing-1';
  const target = targetForRegion(stored.meta.servers, 'sandbox');
  if (!target.ok) throw new Error(target.reason);
  const request = invokeRequestSchema.parse(
    toImportedInvokeRequest(
      buildInvokeRequest(spec, values, { region: 'sandbox', server: 'regional' }),
      target,
    ),
  );
  const { result } = await invokeOperation(request, {
    findService: () => undefined,
    auth,
    appOrigin: APP,
    sandboxEnabled: true,
  });
  return { request, result };
}

describe('an imported tech-preview DaaS operation on the sandbox', () => {
  it('"Get all machine catalogs" reaches GET /cvad/manage/MachineCatalogs and answers 200', async () => {
    const me = await call('Me_Get', '');
    expect(me.result.status).toBe(200);
    const site = (JSON.parse(me.result.body) as { Customers: { Sites: { Id: string }[] }[] }).Customers[0]!
      .Sites[0]!.Id;
    const { request, result } = await call('MachineCatalogs_Get', site);
    expect(request.headers).toEqual(
      expect.arrayContaining([
        ['Citrix-CustomerId', 'sandboxdemo01'],
        ['Citrix-InstanceId', site],
      ]),
    );
    expect(result.url).toBe(`${APP}/sandbox/cvad/manage/MachineCatalogs`);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ Items: expect.any(Array) });
  });

  it('an operation the sandbox does not serve gets its normal 404, and the customer ID is not blamed', async () => {
    const { result } = await call('NoSuchThing_Get', 'any-site');
    expect(result.status).toBe(404);
    expect(result.url).toBe(`${APP}/sandbox/cvad/manage/NoSuchThing/thing-1`);
    const explanation = explain(result.status, result.body, [['Citrix-CustomerId', 'sandboxdemo01']]);
    expect(explanation?.id).toBe('route-not-found');
    expect(JSON.stringify(explanation)).not.toMatch(/customer/i);
  });
});
