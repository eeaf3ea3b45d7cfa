import { describe, expect, it } from 'vitest';

import { exampleFromSchema, exampleOfEnum } from './schema-example';

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

describe('exampleOfEnum', () => {
  it('passes over Unknown, None and null, unless nothing else is there', () => {
    expect(exampleOfEnum(['Unknown', 'Random', 'Static'])).toBe('Random');
    expect(exampleOfEnum([null, 'None', 'Hdx'])).toBe('Hdx');
    expect(exampleOfEnum(['Unknown'])).toBe('Unknown');
    expect(exampleOfEnum([null])).toBeNull();
    expect(exampleFromSchema({ type: 'string', enum: ['Unknown', 'DesktopsOnly'] })).toBe('DesktopsOnly');
  });
});

describe('deep schemas', () => {
  /** A chain of distinct nested objects, each requiring the next and offering one optional property. */
  function chain(
    depth: number,
    leaf: Record<string, unknown> = { type: 'string', enum: ['Unknown', 'Leaf'] },
  ): Record<string, unknown> {
    let schema = leaf;
    for (let level = 0; level < depth; level += 1)
      schema = {
        type: 'object',
        required: ['next', 'flag'],
        properties: {
          next: schema,
          flag: { type: 'boolean' },
          optional: { type: 'array', items: { type: 'string' } },
        },
      };
    return schema;
  }

  it('keeps what deep objects require (an answer stays valid) and leaves out what they do not', () => {
    let value = exampleFromSchema(chain(10)) as Record<string, unknown>;
    for (let level = 0; level < 10; level += 1) {
      expect(value.flag).toBe(false);
      // Shallow levels show the optional array; deep ones leave it out.
      expect('optional' in value).toBe(level <= 6);
      value = value.next as Record<string, unknown>;
    }
    expect(value).toBe('Leaf');
  });

  it('stops at a hard depth rather than exhaust the stack on a very long chain', () => {
    expect(() => exampleFromSchema(chain(5_000))).not.toThrow();
  });

  it("answers Citrix's enum wrapper (allOf + type: object) deep down with the enum's value, not {}", () => {
    const wrapper = { type: 'object', allOf: [{ type: 'string', enum: ['Unknown', 'Leaf'] }] };
    let value = exampleFromSchema(chain(10, wrapper)) as Record<string, unknown>;
    for (let level = 0; level < 10; level += 1) value = value.next as Record<string, unknown>;
    expect(value).toBe('Leaf');
  });
});

describe('allOf with properties beside it', () => {
  it('keeps both the members and the properties next to them', () => {
    expect(
      exampleFromSchema({
        allOf: [{ type: 'object', properties: { taskType: { type: 'string', enum: ['ACCOUNT'] } } }],
        properties: { operation: { type: 'string', enum: ['DELETE_CONNECTOR'] } },
        type: 'object',
      }),
    ).toEqual({ taskType: 'ACCOUNT', operation: 'DELETE_CONNECTOR' });
  });
});

describe('string lengths', () => {
  it('keeps a sample string within minLength and maxLength', () => {
    expect(exampleFromSchema({ type: 'string', minLength: 20 })).toBe('stringxxxxxxxxxxxxxx');
    expect(exampleFromSchema({ type: 'string', maxLength: 3 })).toBe('str');
    expect(exampleFromSchema({ type: 'string', format: 'date', minLength: 1 })).toBe('2025-01-01');
  });
});

describe('oneOf of objects', () => {
  it('samples the widest choice, whose sample no narrower closed choice also matches', () => {
    const name = { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } };
    const full = {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, byol: { type: 'boolean' } },
    };
    expect(exampleFromSchema({ oneOf: [name, full] })).toEqual({ name: 'string', byol: false });
  });
});
