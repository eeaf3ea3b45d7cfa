import { describe, expect, it } from 'vitest';

import { checkBody } from './json-body';
import type { FormSpec, ParamSpec } from './types';
import { validateForm } from './validate';

const param = (overrides: Partial<ParamSpec> & Pick<ParamSpec, 'name' | 'in'>): ParamSpec => ({
  key: `${overrides.in}:${overrides.name}`,
  required: false,
  kind: 'string',
  deprecated: false,
  forwarded: true,
  ...overrides,
});

const SPEC: FormSpec = {
  serviceId: 'systemlog',
  operationId: 'GetRecords',
  method: 'GET',
  path: '/records',
  params: [
    param({ name: 'Limit', in: 'query', kind: 'integer', minimum: 1, maximum: 200 }),
    param({ name: 'ActorType', in: 'query', enum: ['User', 'System'] }),
    param({ name: 'Citrix-CustomerId', in: 'header', required: true, role: 'customer-id' }),
    param({ name: 'Authorization', in: 'header', required: true, role: 'authorization' }),
  ],
};

const values = (params: Record<string, string>, authorization?: string) => ({
  params,
  body: '',
  authorization,
});

describe('validateForm', () => {
  it('names a missing required parameter', () => {
    const result = validateForm(SPEC, values({}), { authenticated: true });
    expect(result.ok).toBe(false);
    expect(result.fields).toEqual({ 'header:Citrix-CustomerId': 'Citrix-CustomerId is required.' });
  });

  it.each([
    ['abc', 'Limit must be a whole number.'],
    ['1.5', 'Limit must be a whole number.'],
    ['0', 'Limit must be between 1 and 200.'],
    ['201', 'Limit must be between 1 and 200.'],
  ])('checks integers: %j', (limit, message) => {
    const result = validateForm(SPEC, values({ 'query:Limit': limit, 'header:Citrix-CustomerId': 'c' }), {
      authenticated: true,
    });
    expect(result.fields['query:Limit']).toBe(message);
  });

  it('checks enums', () => {
    const result = validateForm(
      SPEC,
      values({ 'query:ActorType': 'Robot', 'header:Citrix-CustomerId': 'c' }),
      { authenticated: true },
    );
    expect(result.fields['query:ActorType']).toBe('ActorType must be one of User, System.');
  });

  it('refuses a Citrix-TransactionId (a header declared as a uuid) that is not one; empty is fine', () => {
    const spec: FormSpec = {
      ...SPEC,
      params: [param({ name: 'Citrix-TransactionId', in: 'header', format: 'uuid' })],
    };
    const check = (value: string) =>
      validateForm(spec, values({ 'header:Citrix-TransactionId': value }), { authenticated: true }).fields[
        'header:Citrix-TransactionId'
      ];
    expect(check('my-trace-1')).toBe(
      'Citrix-TransactionId must be a UUID, such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.',
    );
    expect(check('2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9')).toMatch(/must be a UUID/);
    expect(check(' 2B6C5F3E-8D1A-4F0E-9C7B-3A5D2E1F0C9B ')).toBeUndefined();
    expect(check('')).toBeUndefined();
  });

  it('accepts a session token or a pasted one for Authorization, and neither when both are missing', () => {
    const filled = { 'header:Citrix-CustomerId': 'c', 'query:Limit': ' 50 ' };
    expect(validateForm(SPEC, values(filled), { authenticated: true }).ok).toBe(true);
    expect(validateForm(SPEC, values(filled, 'CwsAuth Bearer=x'), { authenticated: false }).ok).toBe(true);
    expect(
      validateForm(SPEC, values(filled), { authenticated: false }).fields['header:Authorization'],
    ).toMatch(/^Authorization is required/);
    expect(
      validateForm(SPEC, values(filled, '  '), { authenticated: true }).fields['header:Authorization'],
    ).toMatch(/^Authorization is required/);
  });
});

describe('checkBody', () => {
  const body = {
    contentType: 'application/json',
    required: true,
    requiredFields: ['severity', 'content'],
    expectsObject: true,
    example: '',
  };

  it('requires a body when the operation does', () => {
    expect(checkBody('  ', body)).toEqual({ ok: false, message: 'The request body is required.' });
  });

  it('reports a syntax error with its line and column', () => {
    const result = checkBody('{\n  "severity": "Information",\n}', body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^The body is not valid JSON: .+ at line 3, column 1\.$/);
  });

  it('names missing required top-level fields', () => {
    expect(checkBody('{"severity":"Information"}', body)).toEqual({
      ok: false,
      message: 'The body is missing the required field “content”.',
    });
    expect(checkBody('{}', body)).toEqual({
      ok: false,
      message: 'The body is missing the required fields “severity”, “content”.',
    });
  });

  it('wants an object when the schema does', () => {
    expect(checkBody('[1]', body)).toEqual({ ok: false, message: 'The body must be a JSON object ({ … }).' });
  });

  it('checks the required fields of a form body', () => {
    const form = { ...body, contentType: 'application/x-www-form-urlencoded' };
    expect(checkBody('severity=x&content=y', form)).toEqual({ ok: true });
    expect(checkBody('severity=x', form)).toEqual({
      ok: false,
      message: 'The body is missing the required field “content”.',
    });
  });

  it('does not parse other bodies', () => {
    expect(checkBody('anything', { ...body, contentType: 'text/plain' })).toEqual({ ok: true });
  });
});
