import { describe, expect, it } from 'vitest';

import { exampleFromSchema } from './schema-example';

describe('exampleFromSchema', () => {
  it('prefers example, then default, then enum, then a sample by type and format', () => {
    expect(exampleFromSchema({ type: 'string', example: 'x', default: 'y' })).toBe('x');
    expect(exampleFromSchema({ type: 'string', default: 'y' })).toBe('y');
    expect(exampleFromSchema({ type: 'string', enum: ['A', 'B'] })).toBe('A');
    expect(exampleFromSchema({ type: 'string', format: 'date-time' })).toBe('2025-01-01T00:00:00Z');
    expect(exampleFromSchema({ type: ['integer', 'null'] })).toBe(0);
  });

  it('merges allOf and takes the first oneOf', () => {
    expect(
      exampleFromSchema({
        allOf: [{ properties: { a: { type: 'boolean' } } }, { properties: { b: { const: 1 } } }],
      }),
    ).toEqual({ a: false, b: 1 });
    expect(exampleFromSchema({ oneOf: [{ type: 'string' }, { type: 'integer' }] })).toBe('string');
  });
});
