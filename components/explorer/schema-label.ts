/** How a JSON schema's type reads in a table: `string (date-time)`, `array<Record>`, `string | null`. */
type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function baseTypes(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type))
    return schema.type.filter((item): item is string => typeof item === 'string');
  if (isSchema(schema.properties)) return ['object'];
  if (isSchema(schema.items)) return ['array'];
  return [];
}

export function schemaTypeLabel(schema: unknown, depth = 0): string {
  if (!isSchema(schema)) return 'any';
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list) && depth < 2)
      return list.map((item) => schemaTypeLabel(item, depth + 1)).join(' | ');
  }
  if (Array.isArray(schema.allOf)) return 'object';
  const types = baseTypes(schema);
  if (types.length === 0) return schema.enum ? 'enum' : 'any';
  return types
    .map((type) => {
      if (type === 'array') return `array<${depth < 2 ? schemaTypeLabel(schema.items, depth + 1) : '…'}>`;
      if (type !== 'null' && typeof schema.format === 'string') return `${type} (${schema.format})`;
      return type;
    })
    .join(' | ');
}

/** `1 – 200`, `≥ 1`, `≤ 64 chars`, `pattern …`: the constraints worth showing beside a type. */
export function schemaConstraints(schema: unknown): string[] {
  if (!isSchema(schema)) return [];
  const out: string[] = [];
  const { minimum, maximum, minLength, maxLength, pattern } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number') out.push(`${minimum} – ${maximum}`);
  else if (typeof minimum === 'number') out.push(`≥ ${minimum}`);
  else if (typeof maximum === 'number') out.push(`≤ ${maximum}`);
  if (typeof minLength === 'number' && minLength > 0) out.push(`min length ${minLength}`);
  if (typeof maxLength === 'number') out.push(`max length ${maxLength}`);
  if (typeof pattern === 'string') out.push(`pattern ${pattern}`);
  return out;
}

/** The properties to list under a schema (bounded against circular `items`/`allOf` chains). */
export { childProperties } from '@/lib/openapi/schema-tree';
