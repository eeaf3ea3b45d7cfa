import { describe, expect, it } from 'vitest';

import { withAcceptParameter, withCustomerIdParameter } from './operation-detail';

describe('operation details', () => {
  it('adds an editable Accept header when the document declares none (Citrix answers 406 without it)', () => {
    const operation = { responses: { 200: { content: { 'text/plain': {}, 'application/json': {} } } } };
    expect(withAcceptParameter([], operation)).toEqual([
      expect.objectContaining({
        name: 'Accept',
        in: 'header',
        required: false,
        schema: { type: 'string', default: 'application/json' },
      }),
    ]);
    expect(
      withAcceptParameter([], { responses: { 200: { content: { 'application/xml': {} } } } })[0],
    ).toMatchObject({ schema: { default: 'application/xml' } });
    expect(withAcceptParameter([], { responses: { 204: { description: 'none' } } })[0]).toMatchObject({
      schema: { default: 'application/json' },
    });
    const declared = [{ name: 'accept', in: 'header', schema: { enum: ['application/json'] } }];
    expect(withAcceptParameter(declared, operation)).toBe(declared);
  });
});

describe('withCustomerIdParameter', () => {
  it('adds Citrix-CustomerId where the operation does not declare it', () => {
    const added = withCustomerIdParameter([], '/{id}/access');
    expect(added).toEqual([
      expect.objectContaining({ name: 'Citrix-CustomerId', in: 'header', required: false }),
    ]);
  });

  it('keeps a declared one (any case), and adds none where the path names the customer', () => {
    const declared = [{ name: 'citrix-customerid', in: 'header', required: true }];
    expect(withCustomerIdParameter(declared, '/x')).toBe(declared);
    expect(withCustomerIdParameter([], '/{customerId}/deployments')).toEqual([]);
    expect(withCustomerIdParameter([], '/{customer}/identityProviders')).toEqual([]);
  });
});
