import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { allowedRemoteHostnames, type RegionId } from '@/lib/citrix/regions';
import { HTTP_METHODS as INVOKE_METHODS } from '@/lib/http/methods';
import { buildInvokeRequest } from '@/lib/invoke-form/build-request';
import { toFormSpec } from '@/lib/invoke-form/form-spec';
import { initialValues } from '@/lib/invoke-form/initial-values';
import { checkAndIndex, normalise } from '@/lib/openapi/pipeline';
import { targetForRegion } from '@/lib/openapi/servers';
import type { ServerOverride } from '@/lib/openapi/types';
import { buildUpstreamUrl } from '@/lib/proxy/upstream-url';
import { invokeRequestSchema } from '@/lib/schemas/invoke';
import { CITRIX_SPECS_ABSENT, CITRIX_SPECS_DIR, CITRIX_SPECS_PRESENT } from '@/lib/testing/citrix-specs';

import { toImportedInvokeRequest } from './invoke-request';
import { operationDetail } from './operation-detail';

/**
 * Every operation of every document imports into an invocable target on the sandbox and on the
 * US region, by the browser's code path (the mapped servers → the request form → the imported
 * invoke request) and then the server's (the route's schema → the upstream URL builder).
 */

const SPECS = CITRIX_SPECS_DIR;
const SPECS_PRESENT = CITRIX_SPECS_PRESENT;
const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');

/** Every OpenAPI / Swagger document under a folder (yaml, yml, json), recursively. */
function documentsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return documentsUnder(file);
    if (!/\.(ya?ml|json)$/i.test(name)) return [];
    const head = readFileSync(file, 'utf8').slice(0, 4096);
    return /^\s*["']?(openapi|swagger)["']?\s*:/m.test(head) ? [file] : [];
  });
}

const OWN_DOCUMENTS = [
  'daas-techpreview-shape.yaml',
  'wem-shape.yaml',
  'cws-shape.yaml',
  'swagger2-definitions.yaml',
  'openapi31-resourcelocations.json',
  'swagger2-systemlog.yaml',
];

const INVOCABLE = new Set<string>(INVOKE_METHODS);
const TABLE_HOSTS = allowedRemoteHostnames();

/** Imports a document and builds, for each operation and region, what the browser would send. */
function invokeEveryOperation(text: string, override?: ServerOverride) {
  const outcome = checkAndIndex(text);
  if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join('; '));
  const { stored, dereferenced } = normalise(outcome.checked);
  const meta = override ? { ...stored.meta, serverOverride: override } : stored.meta;
  const failures: string[] = [];
  let calls = 0;
  for (const entry of outcome.checked.operations) {
    if (!INVOCABLE.has(entry.method)) continue;
    const detail = operationDetail(meta, entry, dereferenced);
    if (!detail) {
      failures.push(`${entry.method} ${entry.path}: no operation detail`);
      continue;
    }
    const spec = toFormSpec({
      serviceId: meta.id,
      operationId: entry.operationId,
      method: entry.method as (typeof INVOKE_METHODS)[number],
      path: entry.path,
      parameters: detail.parameters,
      requestBody: detail.operation.requestBody,
    });
    const values = initialValues(spec, { customerId: 'acme01' });
    for (const param of spec.params)
      if (param.required && !values.params[param.key]) values.params[param.key] = 'value-1';
    for (const region of ['sandbox', 'us'] as const satisfies readonly RegionId[]) {
      const where = `${region} ${entry.method} ${entry.path}`;
      const target = targetForRegion(meta.servers, region, meta.serverOverride);
      if (!target.ok) {
        failures.push(`${where}: ${target.reason}`);
        continue;
      }
      const request = toImportedInvokeRequest(
        buildInvokeRequest(spec, values, { region, server: 'regional' }),
        target,
      );
      const parsed = invokeRequestSchema.safeParse(request);
      if (!parsed.success || parsed.data.kind !== 'imported') {
        failures.push(`${where}: refused by the route's schema`);
        continue;
      }
      const built = buildUpstreamUrl({
        region,
        service: {
          id: 'imported',
          hostKind: parsed.data.target.hostKind,
          basePath: parsed.data.target.basePath,
        },
        server: 'regional',
        path: parsed.data.path,
        query: parsed.data.query,
      });
      if (!built.ok) failures.push(`${where}: ${built.message}`);
      else if (region === 'sandbox' ? built.target.type !== 'sandbox' : !TABLE_HOSTS.has(built.host))
        failures.push(`${where}: left the table (${built.host})`);
      else calls++;
    }
  }
  return { meta, failures, calls, operations: outcome.checked.operations };
}

describe.skipIf(!SPECS_PRESENT)(
  `every document in ${SPECS}${SPECS_PRESENT ? '' : ` (${CITRIX_SPECS_ABSENT}; the documents the project writes itself below still run)`}`,
  () => {
    const files = SPECS_PRESENT ? documentsUnder(SPECS) : [];
    it('finds the documents', () => expect(files.length).toBeGreaterThanOrEqual(9));
    it.each(files.map((file) => [path.relative(SPECS, file), file]))(
      '%s: each operation has an invocable target on the sandbox and on US',
      (_, file) => {
        const { failures, calls } = invokeEveryOperation(readFileSync(file, 'utf8'));
        expect(failures).toEqual([]);
        expect(calls).toBeGreaterThan(0);
      },
    );
  },
);

describe('the documents the project writes itself, in the shapes of the Citrix documents', () => {
  it.each(OWN_DOCUMENTS)('%s: each operation has an invocable target on the sandbox and on US', (name) => {
    const { failures, calls } = invokeEveryOperation(readFileSync(path.join(TESTDATA, name), 'utf8'));
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(0);
  });

  it('maps the tech-preview DaaS shape onto /cvad/manage with the customer and site as headers', () => {
    const { meta, operations } = invokeEveryOperation(
      readFileSync(path.join(TESTDATA, 'daas-techpreview-shape.yaml'), 'utf8'),
    );
    expect(operations.map((entry) => entry.path)).toEqual([
      '/MachineCatalogs',
      '/NoSuchThing/{id}',
      '/Sites',
      '/me',
    ]);
    expect(targetForRegion(meta.servers, 'us')).toMatchObject({
      hostKind: 'gateway',
      basePath: '/cvad/manage',
    });
    expect(targetForRegion(meta.servers, 'jp')).toMatchObject({
      hostKind: 'gateway',
      basePath: '/cvad/manage',
    });
    expect(meta.normalised?.map((note) => note.message).join('\n')).toMatch(
      /onto \/cvad\/manage.*Citrix-CustomerId.*Citrix-InstanceId[\s\S]*#\/definitions[\s\S]*declared as an object[\s\S]*BearerAuth \(apiKey in header Authorization\) is not CwsAuth/,
    );
    expect(meta.warnings).toEqual([]);
  });

  it('sends the customer and site as Citrix-CustomerId and Citrix-InstanceId', () => {
    const outcome = checkAndIndex(readFileSync(path.join(TESTDATA, 'daas-techpreview-shape.yaml'), 'utf8'));
    if (!outcome.ok) throw new Error('refused');
    const { stored, dereferenced } = normalise(outcome.checked);
    const entry = outcome.checked.operations[0]!;
    const detail = operationDetail(stored.meta, entry, dereferenced)!;
    const spec = toFormSpec({ ...entry, method: 'GET', serviceId: 'x', parameters: detail.parameters });
    expect(spec.params.map((param) => [param.name, param.in, param.role])).toEqual(
      expect.arrayContaining([
        ['Citrix-CustomerId', 'header', 'customer-id'],
        ['Citrix-InstanceId', 'header', 'instance-id'],
      ]),
    );
    expect(spec.params.some((param) => param.in === 'path')).toBe(false);
  });

  it('a document without servers is listed but not invocable until a Server is set for it', () => {
    const text = readFileSync(path.join(TESTDATA, 'no-servers.yaml'), 'utf8');
    const without = invokeEveryOperation(text);
    expect(without.failures).toHaveLength(2);
    expect(without.failures[0]).toMatch(/lists no servers.*Set a Server/);
    const withServer = invokeEveryOperation(text, { hostKind: 'gateway', basePath: '/systemlog' });
    expect(withServer.failures).toEqual([]);
    expect(withServer.calls).toBe(2);
  });

  it('a document on a host outside the table, an IP literal or another port is not invocable, naming the host', () => {
    const document = (url: string) =>
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: `Foreign ${url}`, version: '1' },
        servers: [{ url }],
        paths: { '/x': { get: { responses: { '200': { description: 'OK' } } } } },
      });
    for (const [url, host] of [
      ['https://evil.example/api', 'evil.example'],
      ['https://10.1.2.3/api', '10.1.2.3'],
      ['https://api.cloud.com:8443/api', 'api.cloud.com:8443'],
    ] as const) {
      const { failures, operations } = invokeEveryOperation(document(url));
      expect(operations).toHaveLength(1);
      expect(failures).toHaveLength(2);
      for (const failure of failures) expect(failure).toContain(host);
    }
  });
});
