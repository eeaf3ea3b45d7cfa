import { describe, expect, it } from 'vitest';

import { childProperties, schemaConstraints, schemaTypeLabel } from './schema-label';

describe('schemaTypeLabel', () => {
  it.each([
    [{ type: 'string', format: 'date-time' }, 'string (date-time)'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ type: 'array', items: { type: 'integer' } }, 'array<integer>'],
    [{ oneOf: [{ type: 'array', items: { type: 'object' } }, { type: 'object' }] }, 'array<object> | object'],
    [{ properties: {} }, 'object'],
    [undefined, 'any'],
  ])('%j → %s', (schema, label) => {
    expect(schemaTypeLabel(schema)).toBe(label);
  });
});

describe('schemaConstraints', () => {
  it('lists ranges and lengths', () => {
    expect(schemaConstraints({ minimum: 1, maximum: 200 })).toEqual(['1 – 200']);
    expect(schemaConstraints({ minLength: 1, maxLength: 64 })).toEqual(['min length 1', 'max length 64']);
  });
});

describe('childProperties', () => {
  it('looks through arrays and merges allOf', () => {
    expect(childProperties({ type: 'array', items: { properties: { a: {} }, required: ['a'] } })).toEqual({
      properties: { a: {} },
      required: ['a'],
    });
    expect(
      childProperties({ allOf: [{ properties: { a: {} } }, { properties: { b: {} }, required: ['b'] }] }),
    ).toEqual({
      properties: { a: {}, b: {} },
      required: ['b'],
    });
  });
});
