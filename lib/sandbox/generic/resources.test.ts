import { describe, expect, it } from 'vitest';

import { identityOf, listLocation } from './resources';

describe('identityOf', () => {
  it('takes the key the path parameter names, then the usual id names', () => {
    expect(identityOf({ Id: 'a', machineId: 'b' }, 'machineId').idKey).toBe('machineId');
    expect(identityOf({ Id: 'a', Name: 'n' }, undefined)).toEqual({ idKey: 'Id', nameKey: 'Name' });
  });

  it("prefers an item's own …Id over the one naming its owner (an administrator's userId, not customerId)", () => {
    expect(identityOf({ customerId: 'c', ucOid: 'OID:/x', userId: 'u', displayName: 'R' }, 'id')).toEqual({
      idKey: 'userId',
      nameKey: 'displayName',
    });
    expect(identityOf({ customerId: 'c' }, undefined).idKey).toBe('customerId');
  });
});

describe('listLocation', () => {
  it('finds the items of a page, of a bare array, and through allOf', () => {
    expect(listLocation({ type: 'array', items: { type: 'string' } })).toEqual({
      itemSchema: { type: 'string' },
    });
    const page = { type: 'object', properties: { Items: { type: 'array', items: { type: 'object' } } } };
    expect(listLocation(page)?.property).toBe('Items');
    expect(listLocation({ allOf: [page] })?.property).toBe('Items');
  });
});
