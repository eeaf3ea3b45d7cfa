import { readFile } from 'node:fs/promises';

import newman, { type NewmanRunSummary } from 'newman';
import postmanSdk from 'postman-collection';

import { expect, test } from './fixtures';
import { BASE_URL, DEMO } from './test-env';

/**
 * "Export to Postman" and "Download OpenAPI" from the service page, then the exported collection
 * run for real by newman (Postman's own runtime) against the sandbox: its pre-request script gets
 * the token with the client-credentials flow and the requests succeed.
 */

// postman-collection is CommonJS: its classes hang off the default export under ESM.
const { Collection } = postmanSdk;

interface SentRequest {
  line: string;
  status: number | undefined;
  authorization: string | undefined;
  body: string;
}

interface RunResult {
  summary: NewmanRunSummary;
  /** Every request newman sent, the pre-request script's token calls included, in order. */
  requests: SentRequest[];
  /** Errors thrown by scripts (also inside a pm.sendRequest callback). */
  exceptions: string[];
}

function run(
  collection: unknown,
  environment: Record<string, string>,
  iterationCount = 1,
): Promise<RunResult> {
  const requests: SentRequest[] = [];
  const exceptions: string[] = [];
  return new Promise((resolve, reject) => {
    newman
      .run(
        {
          collection: collection as never,
          environment: {
            values: Object.entries(environment).map(([key, value]) => ({ key, value, enabled: true })),
          } as never,
          iterationCount,
          reporters: [],
          timeoutRequest: 15_000,
        },
        (error, summary) => (error ? reject(error) : resolve({ summary, requests, exceptions })),
      )
      .on('request', (_error, args) =>
        requests.push({
          line: `${args.request.method} ${args.request.url.toString()}`,
          status: args.response?.code,
          authorization: args.request.headers.get('Authorization'),
          body: args.response?.stream?.toString('utf8') ?? '',
        }),
      )
      .on('exception', (_error, args) =>
        exceptions.push(String((args as { error?: { message?: string } }).error?.message)),
      );
  });
}

test('the service page exports SystemLog to Postman for the picked region, and newman runs it against the sandbox', async ({
  page,
}) => {
  await page.goto('/apis/systemlog');
  await expect(page.getByLabel('Region')).toHaveValue('sandbox');
  const exportLink = page.getByRole('link', { name: /Export to Postman/ });
  await expect(exportLink).toContainText('Sandbox');

  const downloading = page.waitForEvent('download');
  await exportLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('systemlog-sandbox.postman_collection.json');
  const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown>;

  const collection = new Collection(json as never);
  expect(collection.variables.get('baseUrl')).toBe(`${BASE_URL}/sandbox`);
  expect(collection.variables.get('clientSecret')).toBe('');
  const names: string[] = [];
  collection.forEachItem((item) => {
    names.push(item.name);
    expect(item.request.headers.get('Authorization')).toBe('CwsAuth Bearer={{token}}');
    expect(item.request.headers.get('Citrix-CustomerId')).toBe('{{customerId}}');
  });
  expect(names).toEqual(['Get system log records']);

  // Postman's own runtime, the demo client's credentials in an environment (as a user would).
  const result = await run(
    json,
    { customerId: DEMO.customerId, clientId: DEMO.clientId, clientSecret: DEMO.clientSecret },
    2,
  );
  expect(result.exceptions).toEqual([]);
  expect(result.summary.run.failures.map((failure) => failure.error.message)).toEqual([]);
  // One token call (client credentials), then the two iterations' calls, both with that token.
  const tokenUrl = `POST ${BASE_URL}/sandbox/cctrustoauth2/${DEMO.customerId}/tokens/clients`;
  const records = `GET ${BASE_URL}/sandbox/systemlog/records`;
  expect(result.requests.map(({ line, status }) => `${status} ${line}`)).toEqual([
    `200 ${tokenUrl}`,
    `200 ${records}`,
    `200 ${records}`,
  ]);
  const [token, first, second] = result.requests;
  expect(token!.authorization).toBeUndefined();
  const { access_token: accessToken } = JSON.parse(token!.body) as { access_token: string };
  expect(first!.authorization).toBe(`CwsAuth Bearer=${accessToken}`);
  expect(second!.authorization).toBe(first!.authorization);
  const body = JSON.parse(first!.body) as { Items: unknown[] };
  expect(body.Items.length).toBeGreaterThan(0);
});

test('with wrong credentials the pre-request script reports the token endpoint’s answer', async ({
  request,
}) => {
  const response = await request.get('/api/export/postman/systemlog?region=sandbox');
  const result = await run(await response.json(), {
    customerId: DEMO.customerId,
    clientId: DEMO.clientId,
    clientSecret: 'not-the-secret',
  });
  expect(result.exceptions.join('\n')).toContain('The token endpoint answered 400');
  expect(result.exceptions.join('\n')).toContain('invalid_client');
  // Without a token the call goes out with an empty one, and the sandbox refuses it as Citrix would.
  expect(result.requests.map(({ line, status }) => `${status} ${line.split(' ')[0]}`)).toEqual([
    '400 POST',
    '401 GET',
  ]);
});

test('"Download OpenAPI" gives the service’s OpenAPI 3.1 document as a JSON attachment', async ({ page }) => {
  await page.goto('/apis/daas');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download OpenAPI/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('daas.openapi.json');
  const document = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    openapi: string;
    paths: Record<string, unknown>;
  };
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toContain('/Machines/{nameOrId}');
});

test('the export routes answer clearly: regions, unknown services, same origin, size and shape of a posted document', async ({
  request,
}) => {
  const eu = await request.get('/api/export/postman/daas?region=eu');
  expect(eu.status()).toBe(200);
  expect(eu.headers()['content-disposition']).toBe('attachment; filename="daas-eu.postman_collection.json"');
  const collection = (await eu.json()) as { variable: { key: string; value: string }[] };
  expect(collection.variable.find((variable) => variable.key === 'baseUrl')?.value).toBe(
    'https://api-eu.cloud.com',
  );

  expect((await request.get('/api/export/postman/daas?region=mars')).status()).toBe(400);
  expect((await request.get('/api/export/postman/nope')).status()).toBe(404);
  const noHost = await request.get('/api/export/postman/trust-token?region=jp');
  expect(noHost.status()).toBe(404);
  expect((await noHost.json()).error.message).toContain('no host in the Japan region');
  expect((await request.get('/api/export/openapi/nope')).status()).toBe(404);

  // An imported description in the shape Citrix publishes (a relative server, Swagger-era
  // security), written here so the test runs on a fresh clone; posted as JSON from the same origin.
  const document = administratorsLikeDocument();
  const sameOrigin = { 'sec-fetch-site': 'same-origin' };
  const posted = await request.post('/api/export/postman', {
    data: { document, region: 'sandbox' },
    headers: sameOrigin,
  });
  expect(posted.status()).toBe(200);
  expect(posted.headers()['content-disposition']).toBe(
    'attachment; filename="administrators-apis-sandbox.postman_collection.json"',
  );
  const imported = new Collection((await posted.json()) as never);
  expect(imported.variables.get('baseUrl')).toBe(`${BASE_URL}/sandbox`);
  let requests = 0;
  imported.forEachItem((item) => {
    requests += 1;
    expect(item.request.url.getHost()).toBe('{{baseUrl}}');
    expect(item.request.headers.get('Authorization')).toBe('CwsAuth Bearer={{token}}');
  });
  expect(requests).toBe(6);

  // A description whose schemas fan out 20 ways per level: answered, its example cut short.
  const schemas: Record<string, unknown> = {
    L6: { type: 'object', properties: { leaf: { type: 'string' } } },
  };
  for (let level = 0; level < 6; level += 1) {
    const next = { $ref: `#/components/schemas/L${level + 1}` };
    schemas[`L${level}`] = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 20 }, (_, index) => [`p${index}`, { allOf: [next, next] }]),
      ),
    };
  }
  const fanOut = await request.post('/api/export/postman', {
    data: {
      document: {
        openapi: '3.1.0',
        info: { title: 'Fan-out', version: '1' },
        paths: {
          '/things': {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/L0' } } },
              },
            },
          },
        },
        components: { schemas },
      },
    },
    headers: sameOrigin,
  });
  expect(fanOut.status()).toBe(200);
  const fanOutRequest = (await fanOut.json()).item[0].item[0].request as {
    description: string;
    body: { raw: string };
  };
  expect(fanOutRequest.description).toContain('Example body cut short');
  expect(fanOutRequest.body.raw).toContain('example cut short');

  const crossSite = await request.post('/api/export/postman', {
    data: { document },
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  const notOpenApi = await request.post('/api/export/postman', {
    data: { document: { swagger: '2.0', paths: {} } },
    headers: sameOrigin,
  });
  expect(notOpenApi.status()).toBe(400);
  expect((await notOpenApi.json()).error.message).toContain('Not an OpenAPI 3.x document');
  const huge = await request.post('/api/export/postman', {
    data: JSON.stringify({ document: { openapi: '3.1.0', paths: {}, padding: 'x'.repeat(8 * 1024 * 1024) } }),
    headers: { ...sameOrigin, 'content-type': 'application/json' },
  });
  expect(huge.status()).toBe(413);
  const text = await request.post('/api/export/postman', {
    data: 'openapi: 3.1.0',
    headers: { ...sameOrigin, 'content-type': 'text/yaml' },
  });
  expect(text.status()).toBe(415);
});

/** Six operations under a relative `/administrators` server, as the real Administrators document has. */
function administratorsLikeDocument() {
  const operation = (operationId: string) => ({
    operationId,
    parameters: [{ name: 'Citrix-CustomerId', in: 'header', required: true, schema: { type: 'string' } }],
    responses: { 200: { description: 'OK' } },
  });
  return {
    openapi: '3.0.1',
    info: { title: 'Administrators APIs', version: 'v1' },
    servers: [{ url: '/administrators' }],
    components: { securitySchemes: { basic: { type: 'http', scheme: 'basic' } } },
    security: [{ basic: [] }],
    paths: {
      '/': { get: operation('List'), post: operation('Create') },
      '/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: operation('Get'),
        put: operation('Update'),
        delete: operation('Delete'),
      },
      '/invitations/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        delete: operation('Withdraw'),
      },
    },
  };
}
