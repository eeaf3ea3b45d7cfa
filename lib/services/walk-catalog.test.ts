import Ajv2020 from 'ajv/dist/2020';
import { beforeEach, describe, expect, it } from 'vitest';

import { REGIONS } from '@/lib/citrix/regions';
import { invokeOperation } from '@/lib/proxy/invoke';
import { handleSandboxRequest } from '@/lib/sandbox-gateway/handle-request';
import { DEMO_CLIENT, demoToken, setupTestEnv } from '@/lib/sandbox-gateway/test-support';
import type { InvokeRequest } from '@/lib/schemas/invoke';

import { CATALOG, findService } from './catalog';
import { getOperation } from './dereference';
import { listOperations } from './operations';
import { resetSandboxData } from './sandbox-state';

setupTestEnv();

const DEMO_SECRET = 'Sbx3Demo+Secret/Key9w==';
type Param = { name: string; in: string; required?: boolean; example?: unknown };
type Media = { schema?: unknown; example?: unknown };

// Formats are documentation here; the structure is what must match.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

function sandboxPrefix(kind: keyof typeof REGIONS.sandbox.hosts): string {
  const entry = REGIONS.sandbox.hosts[kind];
  return entry?.type === 'sandbox' ? entry.pathPrefix : '/sandbox';
}

/** A request built only from what the operation's description says, as the explorer's form would. */
async function requestFor(serviceId: string, operationId: string) {
  const resolved = (await getOperation(serviceId, operationId))!;
  const { service, method, operation } = resolved;
  const parameters = resolved.parameters as Param[];
  let path = resolved.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of parameters) {
    const example = parameter.example === undefined ? undefined : String(parameter.example);
    if (parameter.in === 'path') {
      expect(example, `${operationId}: path parameter ${parameter.name} needs an example`).toBeDefined();
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(example!));
    } else if (parameter.in === 'query' && example !== undefined) {
      query.set(parameter.name, example);
    } else if (parameter.in === 'query' && parameter.required) {
      throw new Error(`${operationId}: required query parameter ${parameter.name} has no example`);
    } else if (parameter.in === 'header' && example !== undefined) {
      headers[parameter.name] = example;
    }
  }
  if (headers.Authorization) headers.Authorization = `CwsAuth Bearer=${await demoToken()}`;
  let body: string | undefined;
  const content = (operation.requestBody as { content?: Record<string, Media> } | undefined)?.content ?? {};
  const [mediaType, media] = Object.entries(content)[0] ?? [];
  if (mediaType === 'application/x-www-form-urlencoded') {
    // The description shows placeholders; the walk signs in with the demo client.
    body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: DEMO_CLIENT,
      client_secret: DEMO_SECRET,
    }).toString();
    headers['Content-Type'] = mediaType;
  } else if (mediaType && media) {
    const example = media.example as Record<string, unknown>;
    body = JSON.stringify(
      serviceId === 'trust-token' ? { ClientId: DEMO_CLIENT, ClientSecret: DEMO_SECRET } : example,
    );
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  const search = query.toString();
  const url = `http://localhost:3000${sandboxPrefix(service.hostKind)}${service.basePath}${path}${search ? `?${search}` : ''}`;
  // The same call as the browser would ask the proxy for: a service, a relative path, never a host.
  const invoke: InvokeRequest = {
    region: 'sandbox',
    serviceId,
    server: 'regional',
    method: method as InvokeRequest['method'],
    path,
    query: [...query.entries()],
    headers: Object.entries(headers).filter(([name]) => name !== 'Authorization'),
    body,
  };
  return { request: new Request(url, { method, headers, body }), operation, invoke };
}

const OPERATIONS = CATALOG.flatMap((service) =>
  listOperations(service).map(
    (operation) => [`${service.id} ${operation.operationId}`, service.id, operation.operationId] as const,
  ),
);

describe('walking the catalog against the sandbox', () => {
  beforeEach(() => resetSandboxData());

  it('covers every service', () => {
    expect(new Set(OPERATIONS.map(([, serviceId]) => serviceId)).size).toBe(CATALOG.length);
  });

  it.each(OPERATIONS)(
    '%s answers its examples with a declared status and body',
    async (_label, serviceId, operationId) => {
      const { request, operation } = await requestFor(serviceId, operationId);
      const response = await handleSandboxRequest(request);
      const text = await response.text();
      const declared = Object.keys(operation.responses ?? {});
      expect(
        [404, 405, 501],
        `${request.method} ${request.url} → ${response.status} ${text.slice(0, 300)}`,
      ).not.toContain(response.status);
      expect(
        declared,
        `${request.method} ${request.url} → ${response.status} ${text.slice(0, 300)}`,
      ).toContain(String(response.status));
      expect(response.status, `${request.method} ${request.url}: ${text.slice(0, 300)}`).toBeLessThan(300);
      const schema = (
        operation.responses?.[String(response.status)] as { content?: Record<string, Media> } | undefined
      )?.content?.['application/json']?.schema;
      if (schema && text) {
        const validate = ajv.compile(schema as object);
        const valid = validate(JSON.parse(text));
        expect(valid, `${operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    },
  );

  it.each(OPERATIONS)('%s answers the same through the proxy', async (_label, serviceId, operationId) => {
    const { invoke, operation } = await requestFor(serviceId, operationId);
    const now = Date.now();
    const auth = {
      region: 'sandbox' as const,
      flow: 'oauth2' as const,
      customerId: 'sandboxdemo01',
      clientId: DEMO_CLIENT,
      token: await demoToken(),
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
    const { result } = await invokeOperation(invoke, {
      findService,
      auth,
      appOrigin: 'http://localhost:3000',
      sandboxEnabled: true,
    });
    const label = `${invoke.method} ${invoke.path} → ${result.status} ${result.body.slice(0, 300)}`;
    expect([404, 405, 501], label).not.toContain(result.status);
    expect(Object.keys(operation.responses ?? {}), label).toContain(String(result.status));
    expect(result.status, label).toBeLessThan(300);
  });
});
