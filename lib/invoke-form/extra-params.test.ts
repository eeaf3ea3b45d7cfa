import { describe, expect, it } from 'vitest';

import { buildInvokeRequest } from './build-request';
import { checkExtraParam, type ExtraParam } from './extra-params';
import type { FormSpec } from './types';
import { validateForm } from './validate';

const spec: FormSpec = {
  serviceId: 'systemlog',
  operationId: 'GetRecords',
  method: 'GET',
  path: '/records',
  params: [
    {
      key: 'query:Limit',
      name: 'Limit',
      in: 'query',
      required: false,
      kind: 'integer',
      deprecated: false,
      forwarded: true,
    },
  ],
};
const extra = (partial: Partial<ExtraParam>): ExtraParam => ({
  id: 'x1',
  in: 'header',
  name: '',
  value: '',
  ...partial,
});

describe('extra headers and query parameters', () => {
  it('sends an undeclared query parameter and an allowlisted header', () => {
    const values = {
      params: {},
      body: '',
      extra: [
        extra({ id: 'a', in: 'query', name: 'fields', value: 'Id,Name' }),
        extra({ id: 'b', in: 'header', name: 'Citrix-Locale', value: 'fr' }),
        extra({ id: 'c' }),
      ],
    };
    expect(validateForm(spec, values, { authenticated: true }).ok).toBe(true);
    const request = buildInvokeRequest(spec, values, { region: 'sandbox', server: 'regional' });
    expect(request.query).toContainEqual(['fields', 'Id,Name']);
    expect(request.headers).toContainEqual(['Citrix-Locale', 'fr']);
  });

  it('refuses secrets, cookies, hop-by-hop headers and Authorization, as the proxy would', () => {
    for (const name of [
      'Cookie',
      'X-Auth-Token',
      'Connection',
      'Transfer-Encoding',
      'Host',
      'X-Forwarded-For',
    ])
      expect(checkExtraParam(extra({ name, value: 'v' }), spec)).toMatch(/does not forward/);
    expect(checkExtraParam(extra({ name: 'authorization', value: 'CwsAuth Bearer=x' }), spec)).toMatch(
      /cannot be added here/,
    );
    const values = { params: {}, body: '', extra: [extra({ id: 'k', name: 'Cookie', value: 'a=b' })] };
    const validation = validateForm(spec, values, { authenticated: true });
    expect(validation.ok).toBe(false);
    expect(validation.fields['extra:k']).toMatch(/does not forward Cookie/);
  });

  it('asks for a name, and points at a field the operation already has', () => {
    expect(checkExtraParam(extra({ in: 'query', value: '5' }), spec)).toBe(
      'Give the extra query parameter a name.',
    );
    expect(checkExtraParam(extra({ in: 'query', name: 'limit', value: '5' }), spec)).toMatch(
      /already a field/,
    );
    expect(checkExtraParam(extra({ name: 'If-Match', value: 'a\nb' }), spec)).toMatch(/control characters/);
  });
});
