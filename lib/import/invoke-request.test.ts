import { describe, expect, it } from 'vitest';

import { invokeRequestSchema } from '@/lib/schemas/invoke';

import { toImportedInvokeRequest } from './invoke-request';

describe('toImportedInvokeRequest', () => {
  const request = {
    region: 'sandbox' as const,
    serviceId: 'imported-doc',
    server: 'regional' as const,
    method: 'GET' as const,
    path: '/',
    query: [['type', 'x']] as [string, string][],
    headers: [['Accept', 'application/json']] as [string, string][],
  };

  it('names the mapped target instead of a service, and passes the schema', () => {
    const imported = toImportedInvokeRequest(request, { hostKind: 'gateway', basePath: '/administrators' });
    expect(imported).toEqual({
      kind: 'imported',
      region: 'sandbox',
      method: 'GET',
      path: '/',
      query: [['type', 'x']],
      headers: [['Accept', 'application/json']],
      target: { hostKind: 'gateway', basePath: '/administrators' },
    });
    expect(invokeRequestSchema.parse(imported)).toMatchObject({ kind: 'imported' });
  });

  it('turns the form\'s "global" server into the global host kind', () => {
    expect(
      toImportedInvokeRequest({ ...request, server: 'global' }, { hostKind: 'gateway', basePath: '/x' })
        .target.hostKind,
    ).toBe('global');
  });
});
