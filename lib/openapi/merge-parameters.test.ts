import { describe, expect, it } from 'vitest';

import { mergeParameters } from './merge-parameters';

describe('mergeParameters', () => {
  it("lets the operation's parameter win over the path item's on in + name, case-insensitively", () => {
    const merged = mergeParameters(
      [
        { name: 'Citrix-CustomerId', in: 'header', description: 'path level' },
        { name: 'id', in: 'path' },
      ],
      [{ name: 'citrix-customerid', in: 'header', description: 'operation level' }],
    );
    expect(merged).toEqual([
      { name: 'citrix-customerid', in: 'header', description: 'operation level' },
      { name: 'id', in: 'path' },
    ]);
  });

  it('keeps a query and a header of the same name apart', () => {
    expect(mergeParameters([{ name: 'limit', in: 'query' }], [{ name: 'limit', in: 'header' }])).toHaveLength(
      2,
    );
  });

  it('drops what is not a parameter and copes with missing lists', () => {
    expect(mergeParameters(undefined, 'x', [null, 3, { name: 1, in: 'query' }, { $ref: '#/x' }])).toEqual([]);
  });
});
