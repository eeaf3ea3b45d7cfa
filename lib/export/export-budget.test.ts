import { describe, expect, it } from 'vitest';

import { toBodySpec } from '@/lib/invoke-form/form-spec';
import { dereferenceDocument } from '@/lib/openapi/dereference';
import {
  exampleFromSchema,
  SAMPLE_NODE_BUDGET,
  sampleSchemaValue,
  TRUNCATED_MARKER,
} from '@/lib/openapi/schema-example';
import { CATALOG } from '@/lib/services/catalog';

import { listDocumentOperations, type JsonObject } from './openapi-walk';
import { EXPORT_NODE_BUDGET, toPostmanCollection, type PostmanExportStats } from './postman';
import { TOO_DEEP_EXAMPLE } from './postman-inert';
import { documentTarget } from './targets';

const APP_ORIGIN = 'http://localhost:3000';

/**
 * A small description whose schemas fan out k ways per level, six levels deep, through
 * `properties`, `allOf` and `oneOf` (each level a `$ref` to the next): a naive sampler visits
 * about k^6 nodes (64 million for k=20) from a document of a few kilobytes.
 */
function fanOut(k: number, operations = 1, levels = 6): JsonObject {
  const schemas: JsonObject = {};
  for (let level = 0; level < levels; level += 1) {
    const next = { $ref: `#/components/schemas/L${level + 1}` };
    const names = Array.from({ length: k }, (_, index) => `p${index}`);
    schemas[`L${level}`] =
      level % 3 === 0
        ? { type: 'object', properties: Object.fromEntries(names.map((name) => [name, next])) }
        : level % 3 === 1
          ? { allOf: names.map(() => next) }
          : { oneOf: names.map(() => next) };
  }
  schemas[`L${levels}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  const paths: JsonObject = {};
  for (let index = 0; index < operations; index += 1) {
    paths[`/things${index}`] = {
      post: {
        operationId: `make${index}`,
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/L0' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Fan-out', version: '1' },
    paths,
    components: { schemas },
  };
}

function exportWithStats(document: JsonObject) {
  const stats: PostmanExportStats = { visitedNodes: 0, truncatedBodies: 0 };
  const collection = toPostmanCollection(document, documentTarget(document, 'us', APP_ORIGIN), stats);
  return { collection, stats };
}

describe('the export and the form sample schemas within a work budget', () => {
  it('k=20, six levels: the example is cut short with a marker after a bounded number of nodes', () => {
    const document = fanOut(20);
    expect(JSON.stringify(document).length).toBeLessThan(8_000);
    const { collection, stats } = exportWithStats(document);
    expect(stats.visitedNodes).toBeLessThanOrEqual(SAMPLE_NODE_BUDGET);
    expect(stats.truncatedBodies).toBe(1);
    const request = collection.item[0]!.item[0]!.request;
    expect(request.body!.raw).toContain(TRUNCATED_MARKER);
    expect(request.description).toContain('Example body cut short');
    expect(request.body!.raw!.length).toBeLessThan(2_000_000);
  });

  it('many operations on the same schema: the whole export stays within its budget', () => {
    const { collection, stats } = exportWithStats(fanOut(20, 100));
    expect(stats.visitedNodes).toBeLessThanOrEqual(EXPORT_NODE_BUDGET);
    expect(collection.item[0]!.item).toHaveLength(100);
    for (const item of collection.item[0]!.item)
      expect(item.request.body!.raw).toContain('example cut short');
  });

  it('k=3 fits: the memo walks each shared schema once, and the example is complete', () => {
    const document = fanOut(3, 1, 5);
    const { collection, stats } = exportWithStats(document);
    expect(stats.truncatedBodies).toBe(0);
    // Two levels of three properties (allOf merges, oneOf picks one): 9 leaves, each shared schema walked once.
    const raw = collection.item[0]!.item[0]!.request.body!.raw!;
    expect(raw.match(/"leaf"/g)).toHaveLength(9);
    expect(raw).not.toContain('cut short');
    expect(stats.visitedNodes).toBeLessThan(SAMPLE_NODE_BUDGET);
  });

  it('the form sampler stops at the same budget on a dereferenced (shared, circular) schema', () => {
    const leaf: JsonObject = { type: 'object', properties: { leaf: { type: 'string' } } };
    let level: JsonObject = leaf;
    for (let depth = 0; depth < 6; depth += 1) {
      const child = level;
      level = {
        type: 'object',
        properties: Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`p${index}`, child])),
      };
    }
    const circular: JsonObject = { type: 'object', properties: {} };
    (circular.properties as JsonObject).self = circular;
    expect(sampleSchemaValue(level).truncated).toBe(true);
    expect(JSON.stringify(exampleFromSchema(level))).toContain(TRUNCATED_MARKER);
    expect(exampleFromSchema(circular)).toEqual({});
  });
});

describe('examples too deep to walk', () => {
  it('a 10,000-deep example in the document is left out with a note, and the collection serialises', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const document: JsonObject = {
      openapi: '3.1.0',
      info: { title: 'Deep', version: '1' },
      paths: {
        '/deep': {
          post: {
            operationId: 'deep',
            parameters: [{ name: 'filter', in: 'query', required: true, example: deep }],
            requestBody: { content: { 'application/json': { example: deep } } },
          },
        },
      },
    };
    const { collection } = exportWithStats(document);
    const request = collection.item[0]!.item[0]!.request;
    expect(request.body!.raw).toBe(JSON.stringify(TOO_DEEP_EXAMPLE));
    expect(request.url.query![0]!.value).toBe(TOO_DEEP_EXAMPLE);
    expect(() => JSON.stringify(collection)).not.toThrow();
  });
});

describe('one sampler: the form and the Postman export show the same example body', () => {
  it('for every operation with a body in the built-in catalog', async () => {
    let compared = 0;
    for (const service of CATALOG) {
      const raw = service.document as JsonObject;
      const dereferenced = dereferenceDocument(structuredClone(raw)).document as unknown as {
        paths: Record<string, Record<string, { requestBody?: unknown }>>;
      };
      const collection = toPostmanCollection(raw, documentTarget(raw, 'us', APP_ORIGIN));
      const requests = collection.item.flatMap((folder) => folder.item);
      for (const operation of listDocumentOperations(raw)) {
        // The export points token requests' credentials at its variables: those differ on purpose.
        if (!operation.requestBody || /\/tokens\/clients/.test(operation.path)) continue;
        const form = toBodySpec(dereferenced.paths[operation.path]![operation.method]!.requestBody);
        const postman = requests.find(
          (item) =>
            item.request.method === operation.method.toUpperCase() &&
            item.request.description?.includes(`\`${operation.operationId}\``),
        );
        if (!form || postman?.request.body?.mode !== 'raw' || !/json/i.test(form.contentType)) continue;
        expect(postman.request.body.raw, `${service.id} ${operation.operationId}`).toBe(form.example);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
