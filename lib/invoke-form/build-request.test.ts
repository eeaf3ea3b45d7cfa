import { describe, expect, it } from 'vitest';

import { invokeRequestSchema } from '@/lib/schemas/invoke';

import { buildInvokeRequest, substitutePath } from './build-request';
import { initialValues } from './initial-values';
import { nextPageParams } from './next-page';
import type { FormSpec, ParamSpec } from './types';

const param = (overrides: Partial<ParamSpec> & Pick<ParamSpec, 'name' | 'in'>): ParamSpec => ({
  key: `${overrides.in}:${overrides.name}`,
  required: false,
  kind: 'string',
  deprecated: false,
  forwarded: true,
  ...overrides,
});

const SPEC: FormSpec = {
  serviceId: 'daas',
  operationId: 'UpdateMachineCatalog',
  method: 'PATCH',
  path: '/MachineCatalogs/{nameOrId}',
  params: [
    param({ name: 'nameOrId', in: 'path', required: true, example: 'Win11 Pool' }),
    param({ name: 'fields', in: 'query', kind: 'array' }),
    param({ name: 'continuationToken', in: 'query' }),
    param({ name: 'Authorization', in: 'header', required: true, role: 'authorization' }),
    param({ name: 'Citrix-CustomerId', in: 'header', required: true, role: 'customer-id' }),
    param({ name: 'Accept', in: 'header', role: 'accept', enum: ['application/json'] }),
    param({ name: 'X-AdminCredential', in: 'header', forwarded: false }),
  ],
  body: {
    contentType: 'application/json',
    required: true,
    requiredFields: [],
    expectsObject: true,
    example: '{"Description":"x"}',
  },
};

describe('substitutePath', () => {
  it('encodes each value so it stays inside its segment', () => {
    expect(substitutePath('/a/{id}/b', () => '../x y?z#/')).toBe('/a/..%2Fx%20y%3Fz%23%2F/b');
  });
});

describe('buildInvokeRequest', () => {
  it('builds what /api/invoke accepts from the initial values', () => {
    const values = initialValues(SPEC, { customerId: 'acme01' });
    values.params['query:fields'] = 'Id, Name';
    values.params['header:X-AdminCredential'] = 'Basic secret';
    const request = buildInvokeRequest(SPEC, values, { region: 'sandbox', server: 'regional' });
    expect(request).toEqual({
      region: 'sandbox',
      serviceId: 'daas',
      server: 'regional',
      method: 'PATCH',
      path: '/MachineCatalogs/Win11%20Pool',
      query: [
        ['fields', 'Id'],
        ['fields', 'Name'],
      ],
      headers: [
        ['Citrix-CustomerId', 'acme01'],
        ['Accept', 'application/json'],
        ['Content-Type', 'application/json'],
      ],
      body: '{"Description":"x"}',
    });
    expect(invokeRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends a pasted Authorization as the override, and never a session token', () => {
    const values = { ...initialValues(SPEC, {}), authorization: ' CwsAuth Bearer=abc ' };
    expect(buildInvokeRequest(SPEC, values, { region: 'us', server: 'global' })).toMatchObject({
      authorizationOverride: 'CwsAuth Bearer=abc',
      server: 'global',
    });
    expect(
      buildInvokeRequest(SPEC, initialValues(SPEC, {}), { region: 'us', server: 'regional' }),
    ).not.toHaveProperty('authorizationOverride');
  });

  it('leaves out an empty body', () => {
    const request = buildInvokeRequest(
      SPEC,
      { ...initialValues(SPEC, {}), body: '  ' },
      { region: 'us', server: 'regional' },
    );
    expect(request.body).toBeUndefined();
    expect(request.headers?.some(([name]) => name === 'Content-Type')).toBe(false);
  });
});

describe('nextPageParams', () => {
  it('puts a ContinuationToken into the continuation query parameter', () => {
    expect(nextPageParams(SPEC, { Items: [], ContinuationToken: 'abc' })).toEqual({
      'query:continuationToken': 'abc',
    });
  });

  it('is undefined on the last page', () => {
    expect(nextPageParams(SPEC, { Items: [], ContinuationToken: null })).toBeUndefined();
  });

  it('copies an OData nextLink query into the form parameters it matches', () => {
    const odata: FormSpec = {
      ...SPEC,
      params: [param({ name: '$top', in: 'query' }), param({ name: '$skip', in: 'query' })],
    };
    expect(
      nextPageParams(odata, {
        '@odata.nextLink': 'https://api.cloud.com/monitorodata/Machines?$top=10&$skip=20',
      }),
    ).toEqual({
      'query:$top': '10',
      'query:$skip': '20',
    });
  });
});
