import { readFileSync } from 'node:fs';
import vm from 'node:vm';

import yaml from 'js-yaml';
import { Collection, type Item, type Url } from 'postman-collection';
import { describe, expect, it } from 'vitest';

import { REGION_IDS, resolveHost, type RegionId } from '@/lib/citrix/regions';
import { CATALOG } from '@/lib/services/catalog';
import { listOperations } from '@/lib/services/operations';
import type { CatalogService } from '@/lib/services/types';
import { CITRIX_SPECS_ABSENT, CITRIX_SPECS_PRESENT, citrixSpec } from '@/lib/testing/citrix-specs';

import { listDocumentOperations, type JsonObject } from './openapi-walk';
import { toPostmanCollection } from './postman';
import { TOKEN_REUSE_MARGIN_MS } from './postman-script';
import { POSTMAN_SCHEMA_V21, type PostmanCollection } from './postman-types';
import { documentTarget, serviceTarget } from './targets';

const APP_ORIGIN = 'http://localhost:3000';
const TOKEN_ENDPOINT = /\/tokens\/clients$/;

function exportService(service: CatalogService, region: RegionId) {
  const target = serviceTarget(service, region, APP_ORIGIN);
  if (!target) throw new Error(`${service.id} has no host in ${region}`);
  const json = toPostmanCollection(service.document, target);
  // Through JSON, as Postman reads the downloaded file.
  return {
    json: JSON.parse(JSON.stringify(json)) as PostmanCollection,
    collection: new Collection(JSON.parse(JSON.stringify(json))),
  };
}

function requests(collection: Collection): Item[] {
  const items: Item[] = [];
  collection.forEachItem((item) => items.push(item));
  return items;
}

/** The path as written, with `:param` variables (the SDK's `getPath(true)`; its typings lag behind v5). */
function unresolvedPath(url: Url): string {
  return (url.getPath as unknown as (unresolved: boolean) => string).call(url, true);
}

/** `{{name}}` references in a string. */
function references(text: string): string[] {
  return [...text.matchAll(/\{\{([^{}]+)\}\}/g)].map((match) => match[1]!);
}

/** The operation's declared header names, lower-cased (after `$ref`s). */
function declaredHeaders(document: JsonObject, operationId: string): Set<string> {
  const operation = listDocumentOperations(document).find((entry) => entry.operationId === operationId);
  return new Set(
    operation?.parameters
      .filter((parameter) => parameter.in === 'header')
      .map((parameter) => parameter.name.toLowerCase()),
  );
}

describe('Postman export of every built-in service (loaded with the Postman collection SDK)', () => {
  for (const service of CATALOG) {
    for (const region of REGION_IDS) {
      const host = resolveHost(region, service.hostKind);
      if (!host) continue;
      it(`${service.id} for ${region}: every request's URL, headers and auth variables`, () => {
        const { json, collection } = exportService(service, region);
        expect(Collection.isCollection(collection)).toBe(true);
        expect(json.info.schema).toBe(POSTMAN_SCHEMA_V21);

        // Collection variables: the region's host, its token endpoint, and empty credentials.
        const variables = collection.variables;
        const expectedHost = host.type === 'remote' ? host.origin : `${APP_ORIGIN}${host.pathPrefix}`;
        expect(variables.get('baseUrl')).toBe(expectedHost);
        const gateway = resolveHost(region, 'gateway')!;
        const gatewayOrigin =
          gateway.type === 'remote' ? gateway.origin : `${APP_ORIGIN}${gateway.pathPrefix}`;
        expect(variables.get('tokenUrl')).toBe(
          `${gatewayOrigin}/cctrustoauth2/{{customerId}}/tokens/clients`,
        );
        for (const key of ['customerId', 'clientId', 'clientSecret', 'token', 'tokenExpiresAt']) {
          expect(variables.has(key), key).toBe(true);
          expect(variables.get(key), `${key} must be exported empty`).toBe('');
        }

        // The collection-level pre-request script, and no auth helper that would override our header.
        const prerequest = collection.events.find((event) => event.listen === 'prerequest', undefined);
        expect(prerequest?.script.toSource()).toContain('pm.sendRequest');
        expect(json.auth).toEqual({ type: 'noauth' });

        const operations = listOperations(service);
        const items = requests(collection);
        expect(items).toHaveLength(operations.length);
        const byName = new Map(items.map((item) => [item.name, item]));

        for (const operation of operations) {
          const item = byName.get(operation.summary);
          expect(item, `${operation.operationId} is exported`).toBeDefined();
          const request = item!.request;
          const label = `${service.id} ${operation.operationId}`;
          expect(request.method, label).toBe(operation.method);

          // URL: {{baseUrl}} + service base path + the operation path with :params.
          const url = request.url;
          expect(url.getHost(), label).toBe('{{baseUrl}}');
          const expectedPath = `${service.basePath}${operation.path}`.replace(/\{([^{}]+)\}/g, ':$1');
          expect(unresolvedPath(url), label).toBe(expectedPath);
          for (const name of operation.path.match(/\{([^{}]+)\}/g) ?? []) {
            const variable = url.variables.get(name.slice(1, -1));
            expect(variable, `${label} path variable ${name}`).toBeTruthy();
            expect(String(variable), `${label} path variable ${name} has a value`).not.toBe('');
          }
          const absolute = variables.replace(url.toString());
          expect(absolute.startsWith(`${expectedHost}/`), `${label}: ${absolute}`).toBe(true);
          expect(new URL(absolute).origin).toBe(new URL(expectedHost).origin);

          // Query parameters: every declared one is there, the optional ones switched off.
          const document = service.document as JsonObject;
          const declared = listDocumentOperations(document).find(
            (entry) => entry.operationId === operation.operationId,
          )!;
          for (const parameter of declared.parameters.filter((entry) => entry.in === 'query')) {
            const query = url.query.find((entry) => entry.key === parameter.name, undefined);
            expect(query, `${label} query ${parameter.name}`).toBeDefined();
            expect(Boolean(query!.disabled), `${label} query ${parameter.name} enabled iff required`).toBe(
              !parameter.required,
            );
          }

          // Headers: Citrix's own Authorization scheme, the customer, Accept.
          const headers = declaredHeaders(document, operation.operationId);
          const tokenCall = TOKEN_ENDPOINT.test(operation.path);
          expect(request.headers.get('Authorization'), label).toBe(
            tokenCall ? undefined : 'CwsAuth Bearer={{token}}',
          );
          expect(request.headers.get('Accept'), label).toBe('application/json');
          expect(request.headers.get('Citrix-CustomerId'), label).toBe(
            headers.has('citrix-customerid') ? '{{customerId}}' : undefined,
          );
          expect(request.headers.get('Citrix-InstanceId'), label).toBe(
            headers.has('citrix-instanceid') ? '{{instanceId}}' : undefined,
          );
          if (!tokenCall) expect(headers.has('authorization'), `${label} declares Authorization`).toBe(true);

          // Body: the example, as JSON (or form fields for the token endpoint).
          if (declared.requestBody) {
            const body = request.body!;
            expect(body, label).toBeTruthy();
            if (body.mode === 'raw') {
              expect(() => JSON.parse(body.raw!), label).not.toThrow();
              expect(request.headers.get('Content-Type'), label).toMatch(/json/);
            } else {
              expect(body.mode, label).toBe('urlencoded');
              expect(body.urlencoded!.toObject()).toMatchObject({
                grant_type: 'client_credentials',
                client_id: '{{clientId}}',
                client_secret: '{{clientSecret}}',
              });
            }
          }

          // Every {{variable}} used anywhere in the request is defined by the collection.
          const used = [
            request.url.toString(),
            ...request.headers.all().map((header) => header.value),
            request.body?.raw ?? '',
          ].flatMap(references);
          for (const name of used) expect(variables.has(name), `${label} uses {{${name}}}`).toBe(true);
        }
      });
    }
  }

  it('puts a customer path parameter on {{customerId}} and credentials of a token body on the variables', () => {
    const { collection } = exportService(
      CATALOG.find((service) => service.id === 'trust-token')!,
      'us',
    );
    const [item] = requests(collection);
    expect(item!.request.url.variables.get('customer')).toBe('{{customerId}}');
    expect(JSON.parse(item!.request.body!.raw!)).toEqual({
      ClientId: '{{clientId}}',
      ClientSecret: '{{clientSecret}}',
    });
    expect(item!.request.headers.get('Authorization')).toBeUndefined();
  });

  it('has no host for a service the region does not serve', () => {
    expect(
      serviceTarget(
        CATALOG.find((service) => service.id === 'trust-token')!,
        'jp',
        APP_ORIGIN,
      ),
    ).toBeUndefined();
  });
});

/** Runs the collection's pre-request script in a VM against a fake `pm`, as Postman's sandbox would. */
function runScript(
  collection: PostmanCollection,
  state: { variables: Record<string, string>; authorization?: string; now: number },
) {
  const sent: { url: string; body: Record<string, string> }[] = [];
  let respond: ((error: Error | null, response: unknown) => void) | undefined;
  const pm = {
    request: {
      headers: { get: (name: string) => (name === 'Authorization' ? state.authorization : undefined) },
    },
    variables: {
      get: (key: string) => state.variables[key],
      replaceIn: (text: string) =>
        text.replace(/\{\{([^{}]+)\}\}/g, (_match, key: string) => state.variables[key] ?? ''),
    },
    collectionVariables: { set: (key: string, value: string) => void (state.variables[key] = value) },
    sendRequest: (
      request: { url: string; body: { urlencoded: { key: string; value: string }[] } },
      callback: typeof respond,
    ) => {
      sent.push({
        url: request.url,
        body: Object.fromEntries(request.body.urlencoded.map((field) => [field.key, field.value])),
      });
      respond = callback;
    },
  };
  const source = collection.event[0]!.script.exec.join('\n');
  const FakeDate = { now: () => state.now };
  vm.runInNewContext(source, { pm, Date: FakeDate, Number, String, Error });
  return {
    sent,
    respond: (body: unknown, code = 200) =>
      respond?.(null, { code, json: () => body, text: () => JSON.stringify(body) }),
  };
}

describe('the pre-request script (client credentials from Postman variables)', () => {
  const collection = toPostmanCollection(CATALOG.find((service) => service.id === 'systemlog')!.document, {
    name: 'SystemLog',
    baseUrl: 'https://api-eu.cloud.com',
    basePath: '/systemlog',
    tokenUrl: 'https://api-eu.cloud.com/cctrustoauth2/{{customerId}}/tokens/clients',
  });
  const credentials = {
    tokenUrl: 'https://api-eu.cloud.com/cctrustoauth2/{{customerId}}/tokens/clients',
    customerId: 'acme01',
    clientId: 'client-1',
    clientSecret: 'a+b/c==',
  };

  it('gets a token with the client-credentials grant, then sets token and its expiry', () => {
    const state = {
      variables: { ...credentials, token: '', tokenExpiresAt: '' },
      authorization: 'CwsAuth Bearer={{token}}',
      now: 1_000_000,
    };
    const { sent, respond } = runScript(collection, state);
    expect(sent).toEqual([
      {
        url: 'https://api-eu.cloud.com/cctrustoauth2/acme01/tokens/clients',
        body: { grant_type: 'client_credentials', client_id: 'client-1', client_secret: 'a+b/c==' },
      },
    ]);
    respond({ token_type: 'bearer', access_token: 'jwt-1', expires_in: '3600' });
    expect(state.variables.token).toBe('jwt-1');
    expect(state.variables.tokenExpiresAt).toBe(String(1_000_000 + 3_600_000));
  });

  it('reuses the token until a minute before it expires, then gets a new one', () => {
    const expiresAt = 5_000_000;
    const fresh = {
      variables: { ...credentials, token: 'jwt-1', tokenExpiresAt: String(expiresAt) },
      authorization: 'CwsAuth Bearer={{token}}',
      now: expiresAt - TOKEN_REUSE_MARGIN_MS - 1,
    };
    expect(runScript(collection, fresh).sent).toHaveLength(0);
    const late = { ...fresh, now: expiresAt - TOKEN_REUSE_MARGIN_MS + 1 };
    expect(runScript(collection, late).sent).toHaveLength(1);
  });

  it('does nothing for a request without the token header, and says what is missing otherwise', () => {
    expect(
      runScript(collection, { variables: { ...credentials }, authorization: undefined, now: 0 }).sent,
    ).toHaveLength(0);
    expect(() =>
      runScript(collection, {
        variables: { ...credentials, clientSecret: '' },
        authorization: 'CwsAuth Bearer={{token}}',
        now: 0,
      }),
    ).toThrow(/clientSecret/);
  });

  it('reports a refused token request instead of storing anything', () => {
    const state = {
      variables: { ...credentials, token: '', tokenExpiresAt: '' },
      authorization: 'CwsAuth Bearer={{token}}',
      now: 0,
    };
    const { respond } = runScript(collection, state);
    expect(() => respond({ error: 'invalid_client' }, 400)).toThrow(/400/);
    expect(state.variables.token).toBe('');
  });
});

describe('Postman export of an own document in the shapes Citrix publishes', () => {
  it('maps a relative server onto the region gateway and a Citrix gateway host onto the chosen region', () => {
    const relative: JsonObject = {
      openapi: '3.0.1',
      info: { title: 'Relative', version: '1' },
      servers: [{ url: '/administrators' }],
      paths: { '/me': { get: { operationId: 'me', responses: { 200: { description: 'ok' } } } } },
    };
    expect(documentTarget(relative, 'jp', APP_ORIGIN)).toMatchObject({
      baseUrl: 'https://api.citrixcloud.jp',
      basePath: '/administrators',
    });
    expect(documentTarget(relative, 'sandbox', APP_ORIGIN)).toMatchObject({
      baseUrl: `${APP_ORIGIN}/sandbox`,
      basePath: '/administrators',
    });
    const gateway: JsonObject = { ...relative, servers: [{ url: 'https://api-us.cloud.com/systemlog' }] };
    expect(documentTarget(gateway, 'eu', APP_ORIGIN)).toMatchObject({
      baseUrl: 'https://api-eu.cloud.com',
      basePath: '/systemlog',
    });
  });
});

describe.skipIf(!CITRIX_SPECS_PRESENT)(
  `Postman export of real Citrix descriptions${CITRIX_SPECS_PRESENT ? '' : ` (${CITRIX_SPECS_ABSENT})`}`,
  () => {
    const load = (name: string) => yaml.load(readFileSync(citrixSpec(name), 'utf8')) as JsonObject;

    it('converts the 561-operation DaaS description: relative server on the region gateway, Citrix headers, loads in the SDK', () => {
      const document = load('citrixorchestration-techpreview');
      const target = documentTarget(document, 'eu', APP_ORIGIN);
      expect(target).toMatchObject({
        baseUrl: 'https://api-eu.cloud.com',
        basePath: '/citrix/orchestration/api',
      });
      const collection = new Collection(JSON.parse(JSON.stringify(toPostmanCollection(document, target))));
      const items = requests(collection);
      expect(items).toHaveLength(listDocumentOperations(document).length);
      expect(items.length).toBeGreaterThan(500);
      const withCustomer = listDocumentOperations(document).filter((operation) =>
        operation.parameters.some(
          (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'citrix-customerid',
        ),
      );
      expect(
        items.filter((item) => item.request.headers.get('Citrix-CustomerId') === '{{customerId}}'),
      ).toHaveLength(withCustomer.length);
      // This description puts the customer in the path (`/{customerid}/{siteid}/…`): it goes to {{customerId}}.
      const customerInPath = items.filter(
        (item) => item.request.url.variables.get('customerid') === '{{customerId}}',
      );
      expect(customerInPath.length).toBeGreaterThan(500);
      for (const item of items) {
        expect(item.request.url.getHost()).toBe('{{baseUrl}}');
        expect(unresolvedPath(item.request.url).startsWith('/citrix/orchestration/api/')).toBe(true);
        expect(item.request.headers.get('Authorization')).toBe('CwsAuth Bearer={{token}}');
        expect(item.request.headers.get('Accept')).toBe('application/json');
        if (item.request.body?.mode === 'raw' && item.request.body.raw)
          expect(() => JSON.parse(item.request.body!.raw!)).not.toThrow();
      }
    });

    it('maps a Citrix host of the table to the chosen region, and any other host to its gateway', () => {
      expect(documentTarget(load('ccadmins'), 'jp', APP_ORIGIN)).toMatchObject({
        baseUrl: 'https://api.citrixcloud.jp',
        basePath: '/administrators',
      });
      expect(documentTarget(load('ccadmins'), 'sandbox', APP_ORIGIN)).toMatchObject({
        baseUrl: `${APP_ORIGIN}/sandbox`,
        basePath: '/administrators',
      });
      // Global App Configuration has its own host in the region table (wsaca.cloud.com).
      expect(documentTarget(load('globalappconfiguration'), 'eu', APP_ORIGIN)).toMatchObject({
        baseUrl: 'https://wsaca.cloud.com',
        basePath: '',
      });
    });
  },
);

describe('Postman export of an imported document', () => {
  it('survives hostile input: circular and external $refs, __proto__ keys, no servers', () => {
    const document: JsonObject = JSON.parse(`{
      "openapi": "3.1.0", "info": {"title": "Odd", "version": "1"},
      "paths": {"/things/{id}": {"post": {
        "operationId": "make", "parameters": [{"$ref": "#/components/parameters/Loop"}, {"name": "id", "in": "path", "required": true, "schema": {"$ref": "https://evil.example/x.json"}}],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}
      }}},
      "components": {
        "parameters": {"Loop": {"$ref": "#/components/parameters/Loop"}},
        "schemas": {"Node": {"type": "object", "properties": {"__proto__": {"type": "string"}, "child": {"$ref": "#/components/schemas/Node"}}}}
      }
    }`);
    const collection = toPostmanCollection(document, documentTarget(document, 'us', APP_ORIGIN));
    const body = JSON.parse(collection.item[0]!.item[0]!.request.body!.raw!) as JsonObject;
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
    // The circular schema is cut instead of recursing forever.
    expect(body.child).toBeUndefined();
    expect(({} as JsonObject).polluted).toBeUndefined();
    expect(collection.variable.find((variable) => variable.key === 'baseUrl')?.value).toBe(
      'https://api-us.cloud.com',
    );
  });
});
