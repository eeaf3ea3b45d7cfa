/**
 * A sample value for a JSON schema, for request bodies whose description has no example. Reads
 * dereferenced schemas, which may be circular: a visited set and a depth limit stop the walk.
 */
type Schema = Record<string, unknown>;

const MAX_DEPTH = 6;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function primaryType(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type))
    return type.find((item): item is string => typeof item === 'string' && item !== 'null');
  if (isSchema(schema.properties)) return 'object';
  if (isSchema(schema.items)) return 'array';
  return undefined;
}

function sampleString(schema: Schema): string {
  switch (schema.format) {
    case 'date-time':
      return '2025-01-01T00:00:00Z';
    case 'date':
      return '2025-01-01';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'email':
      return 'someone@example.com';
    case 'uri':
      return 'https://example.com';
    default:
      return 'string';
  }
}

export function exampleFromSchema(schema: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  if (!isSchema(schema) || depth > MAX_DEPTH || seen.has(schema)) return undefined;
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if ('const' in schema) return schema.const;
  seen.add(schema);
  try {
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      const list = schema[key];
      if (!Array.isArray(list) || list.length === 0) continue;
      if (key !== 'allOf') return exampleFromSchema(list[0], depth + 1, seen);
      const merged: Record<string, unknown> = {};
      for (const part of list) Object.assign(merged, exampleFromSchema(part, depth + 1, seen) ?? {});
      return merged;
    }
    switch (primaryType(schema)) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const properties = isSchema(schema.properties) ? schema.properties : {};
        for (const [name, property] of Object.entries(properties)) {
          const value = exampleFromSchema(property, depth + 1, seen);
          if (value !== undefined) out[name] = value;
        }
        return out;
      }
      case 'array': {
        const item = exampleFromSchema(schema.items, depth + 1, seen);
        return item === undefined ? [] : [item];
      }
      case 'integer':
      case 'number':
        return typeof schema.minimum === 'number' ? schema.minimum : 0;
      case 'boolean':
        return false;
      case 'string':
        return sampleString(schema);
      default:
        return undefined;
    }
  } finally {
    seen.delete(schema);
  }
}
