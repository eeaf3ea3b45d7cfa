import { describe, expect, it } from 'vitest';

import { validateDocument } from '@/lib/openapi/validate';
import { bundledValidator } from '@/lib/openapi/validators/bundled';

import { CATALOG, findService } from './catalog';
import { CATALOG_INDEX, searchCatalogIndex } from './catalog-index';
import { dereferenceService, getOperation } from './dereference';
import { listOperations } from './operations';

/** Token services mint the token: they take no Authorization and are served by the sandbox's token module. */
const TOKEN_SERVICES = new Set(['token', 'trust-token']);
/** Services that carry the customer in the path instead of Citrix-CustomerId. */
const CUSTOMER_IN_PATH = new Set(['token', 'trust-token', 'serviceentitlements']);
/** DaaS operations that need no Citrix-InstanceId (the caller discovers the site with them). */
const NO_INSTANCE_ID = new Set(['GET /me', 'GET /Sites', 'GET /Sites/{nameOrId}']);

type Param = { name: string; in: string; required?: boolean };

describe('catalog documents', () => {
  it.each(CATALOG.map((service) => [service.id, service] as const))(
    '%s validates as OpenAPI 3.1 and dereferences',
    async (_id, service) => {
      expect(service.document.openapi).toBe('3.1.0');
      expect(validateDocument(service.document, bundledValidator('3.1'))).toMatchObject({
        ok: true,
        version: '3.1',
      });
      const document = await dereferenceService(service);
      expect(JSON.stringify(document.paths)).not.toContain('"$ref"');
      // The catalog's own object must be untouched by dereferencing.
      expect(JSON.stringify(service.document)).toContain('"$ref"');
    },
  );

  it('has unique, URL-safe service ids and operation ids', () => {
    const serviceIds = CATALOG.map((service) => service.id);
    expect(new Set(serviceIds).size).toBe(serviceIds.length);
    for (const service of CATALOG) {
      const ids = listOperations(service).map((operation) => operation.operationId);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size, service.id).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('has operation ids unique across the whole catalog', () => {
    const ids = CATALOG.flatMap((service) =>
      listOperations(service).map((operation) => operation.operationId),
    );
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives every operation a summary, description, tags and the Citrix headers', async () => {
    for (const service of CATALOG) {
      for (const summary of listOperations(service)) {
        const resolved = await getOperation(service.id, summary.operationId);
        expect(resolved, `${service.id} ${summary.operationId}`).toBeDefined();
        const { operation, parameters } = resolved!;
        const label = `${service.id} ${summary.method} ${summary.path}`;
        expect(operation.summary, label).toBeTruthy();
        expect(operation.description, label).toBeTruthy();
        expect(operation.tags?.length, label).toBeGreaterThan(0);
        const header = (name: string) =>
          (parameters as Param[]).find(
            (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === name.toLowerCase(),
          );
        if (!TOKEN_SERVICES.has(service.id)) {
          expect(header('Authorization')?.required, label).toBe(true);
          expect(header('Accept'), label).toBeDefined();
          expect(header('Citrix-TransactionId')?.required ?? false, label).toBe(false);
        }
        if (!CUSTOMER_IN_PATH.has(service.id))
          expect(header('Citrix-CustomerId')?.required, label).toBe(true);
        else expect(header('Citrix-CustomerId'), label).toBeUndefined();
        if (service.id === 'daas') {
          const instance = header('Citrix-InstanceId');
          if (NO_INSTANCE_ID.has(`${summary.method} ${summary.path}`))
            expect(instance, label).toBeUndefined();
          else expect(instance?.required, label).toBe(true);
        }
        for (const parameter of parameters as Param[])
          if (parameter.in === 'path') expect(parameter.required, label).toBe(true);
        expect(
          Object.keys(operation.responses ?? {}).some((status) => status.startsWith('2')),
          label,
        ).toBe(true);
      }
    }
  });

  it('finds services by id only', () => {
    expect(findService('systemlog')?.basePath).toBe('/systemlog');
    expect(findService('__proto__')).toBeUndefined();
    expect(findService('nope')).toBeUndefined();
  });

  it('indexes every operation for search', () => {
    const total = CATALOG.reduce((sum, service) => sum + listOperations(service).length, 0);
    expect(CATALOG_INDEX).toHaveLength(total);
    expect(JSON.parse(JSON.stringify(CATALOG_INDEX))).toEqual(CATALOG_INDEX);
    expect(searchCatalogIndex('systemlog records').map((entry) => entry.operationId)).toContain('GetRecords');
    expect(searchCatalogIndex('zzzz-no-such-thing')).toEqual([]);
  });
});
