import { describe, expect, it } from 'vitest';

import { mergeParameters, withAcceptParameter } from './operation-detail';

describe('operation details', () => {
  it("merges path-level parameters with the operation's, the operation winning on in + name", () => {
    const merged = mergeParameters(
      [
        { name: 'id', in: 'path', description: 'path level' },
        { name: 'x', in: 'query' },
      ],
      [{ name: 'ID', in: 'path', description: 'operation level' }, { $ref: '#/unresolved' }],
    );
    expect(merged).toEqual([
      { name: 'ID', in: 'path', description: 'operation level' },
      { name: 'x', in: 'query' },
    ]);
  });

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
