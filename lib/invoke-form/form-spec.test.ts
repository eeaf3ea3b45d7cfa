import { describe, expect, it } from 'vitest';

import { dereferenceDocument } from '@/lib/openapi/dereference';
import { systemlogDocument } from '@/lib/services/systemlog/description';

import { toBodySpec, toFormSpec } from './form-spec';

/** The real SystemLog description, dereferenced the way the operation page does it. */
async function systemlogSpec() {
  const document = dereferenceDocument(structuredClone(systemlogDocument)).document as unknown as {
    paths: Record<string, { get: { parameters: unknown[] } }>;
  };
  const operation = document.paths['/records']!.get;
  return toFormSpec({
    serviceId: 'systemlog',
    operationId: 'GetRecords',
    method: 'GET',
    path: '/records',
    parameters: operation.parameters,
  });
}

describe('toFormSpec', () => {
  it('reads SystemLog GetRecords: types, limits, roles and what the proxy forwards', async () => {
    const spec = await systemlogSpec();
    const limit = spec.params.find((param) => param.name === 'Limit');
    expect(limit).toMatchObject({
      key: 'query:Limit',
      in: 'query',
      kind: 'integer',
      minimum: 1,
      maximum: 200,
      default: '50',
      required: false,
    });
    const roles = Object.fromEntries(
      spec.params.filter((param) => param.role).map((param) => [param.name, param.role]),
    );
    expect(roles).toEqual({
      Authorization: 'authorization',
      'Citrix-CustomerId': 'customer-id',
      Accept: 'accept',
    });
    expect(spec.params.find((param) => param.name === 'Accept')?.enum).toEqual(['application/json']);
    expect(spec.params.every((param) => param.forwarded)).toBe(true);
    expect(spec.body).toBeUndefined();
  });

  it('orders path, then query, then header parameters and marks path parameters required', () => {
    const spec = toFormSpec({
      serviceId: 'daas',
      operationId: 'Op',
      method: 'GET',
      path: '/Machines/{nameOrId}',
      parameters: [
        { name: 'X-AdminCredential', in: 'header', schema: { type: 'string' } },
        { name: 'fields', in: 'query', schema: { type: ['array', 'null'], items: { type: 'string' } } },
        { name: 'nameOrId', in: 'path', schema: { type: 'string' }, example: 'Win11' },
        { name: 'session', in: 'cookie', schema: { type: 'string' } },
      ],
    });
    expect(spec.params.map((param) => param.key)).toEqual([
      'path:nameOrId',
      'query:fields',
      'header:X-AdminCredential',
    ]);
    expect(spec.params[0]).toMatchObject({ required: true, example: 'Win11' });
    expect(spec.params[1]?.kind).toBe('array');
    expect(spec.params[2]?.forwarded).toBe(false);
  });
});

describe('toBodySpec', () => {
  it('prefers JSON, keeps required fields and pretty-prints the example', () => {
    const body = toBodySpec({
      required: true,
      content: {
        'text/plain': { schema: { type: 'string' } },
        'application/json': {
          schema: { type: 'object', required: ['severity'], properties: { severity: { type: 'string' } } },
          example: { severity: 'Information' },
        },
      },
    });
    expect(body).toEqual({
      contentType: 'application/json',
      required: true,
      requiredFields: ['severity'],
      expectsObject: true,
      example: '{\n  "severity": "Information"\n}',
    });
  });

  it('falls back to a sample built from the schema, and survives circular schemas', () => {
    const node: Record<string, unknown> = {
      type: 'object',
      properties: { Name: { type: 'string' }, Count: { type: 'integer', minimum: 1 } },
    };
    (node.properties as Record<string, unknown>).Children = { type: 'array', items: node };
    const body = toBodySpec({ content: { 'application/json': { schema: node } } });
    expect(JSON.parse(body!.example)).toEqual({ Name: 'string', Count: 1, Children: [] });
  });

  it('writes a form body example as urlencoded text', () => {
    const body = toBodySpec({
      content: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object' },
          example: { grant_type: 'client_credentials', client_id: 'a b' },
        },
      },
    });
    expect(body?.example).toBe('grant_type=client_credentials&client_id=a+b');
  });
});

describe('examples from imported documents', () => {
  const operation = (parameters: unknown[]) =>
    toFormSpec({ serviceId: 'imported', operationId: 'Op', method: 'GET', path: '/Sites/{id}', parameters });

  it('takes the first of a JSON Schema `examples` array (OpenAPI 3.1)', () => {
    const spec = operation([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', examples: ['site-1', 'site-2'] } },
    ]);
    expect(spec.params[0]?.example).toBe('site-1');
  });

  it('leaves out an example nested too deeply to print, instead of crashing the form', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 10_000; level += 1) deep = { next: deep };
    const spec = operation([{ name: 'filter', in: 'query', schema: { type: 'object' }, example: deep }]);
    expect(spec.params[0]?.example).toBeUndefined();
    const body = toBodySpec({
      content: { 'application/json': { schema: { type: 'object' }, example: deep } },
    });
    expect(body?.example).toBe('');
  });
});

describe('toBodySpec and read-only fields', () => {
  it('does not ask for a required field the schema marks read-only (it is required in answers only)', () => {
    const body = toBodySpec({
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['id', 'name', 'description'],
            properties: {
              id: { type: 'integer', readOnly: true },
              name: { type: 'string', readOnly: true },
              description: { type: 'string' },
            },
          },
        },
      },
    });
    expect(body?.requiredFields).toEqual(['description']);
  });
});
