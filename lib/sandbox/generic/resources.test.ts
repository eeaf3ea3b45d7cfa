import { describe, expect, it } from 'vitest';

import { identityOf, listLocation, setValueAt, valueAt } from './resources';

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

  it('looks into the object that identifies an item with no id or name of its own', () => {
    const administrator = { User: { Guid: 'g', Name: 'CORP\\ada' }, Enabled: true };
    expect(identityOf(administrator, 'nameOrId')).toEqual({ idKey: 'User.Guid', nameKey: 'User.Name' });
    // An item with an id of its own keeps it, whatever it holds.
    expect(identityOf({ Id: 'i', User: { Guid: 'g' } }, undefined).idKey).toBe('Id');
  });
});

describe('valueAt and setValueAt', () => {
  it('read and write a property, or one of the object holding it', () => {
    const record: Record<string, unknown> = { User: { Guid: 'g' }, '@odata.id': 'o' };
    expect(valueAt(record, 'User.Guid')).toBe('g');
    expect(valueAt(record, '@odata.id')).toBe('o');
    expect(valueAt(record, 'Missing.Guid')).toBeUndefined();
    setValueAt(record, 'User.Guid', 'h');
    setValueAt(record, 'Name', 'n');
    expect(record).toEqual({ User: { Guid: 'h' }, '@odata.id': 'o', Name: 'n' });
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
