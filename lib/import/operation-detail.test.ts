import { describe, expect, it } from 'vitest';

import { withAcceptParameter } from './operation-detail';

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
