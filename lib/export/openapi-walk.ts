/**
 * Small, pure helpers to read an OpenAPI 3.x document as it is (raw, with local `$ref`s, or
 * already dereferenced): resolve local references, list operations with their merged
 * parameters, and produce example values. No I/O: external `$ref`s are never followed, so a
 * document posted by a user cannot make the server fetch anything.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, unknown>;

export const OPERATION_METHODS = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'trace',
] as const;
export type OperationMethod = (typeof OPERATION_METHODS)[number];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, even for names such as `__proto__` (plain assignment would set the prototype). */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function ownValue(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined;
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Follows a local JSON pointer (`#/components/schemas/X`) inside the document. */
function pointer(document: JsonObject, ref: string): unknown {
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    node = ownValue(node, segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * The node with its `$ref` chain followed (local references only; a missing, external or
 * circular chain gives an empty object). Siblings of `$ref` (allowed in 3.1) are kept on top.
 */
export function deref(document: JsonObject, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  let siblings: JsonObject | undefined;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref) || seen.size > 32) return {};
    seen.add(ref);
    const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== '$ref'));
    if (Object.keys(rest).length > 0) siblings = { ...rest, ...siblings };
    current = pointer(document, ref);
    if (current === undefined) return siblings ?? {};
  }
  return siblings && isObject(current) ? { ...current, ...siblings } : current;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema?: unknown;
  example?: unknown;
  examples?: unknown;
}

export interface OpenApiOperation {
  method: OperationMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Path-level parameters merged with the operation's own (the operation wins on name + in). */
  parameters: OpenApiParameter[];
  requestBody?: JsonObject;
  /** The effective security requirement: the operation's, else the document's. */
  security?: unknown[];
}

const LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

function toParameter(document: JsonObject, raw: unknown): OpenApiParameter | undefined {
  const node = deref(document, raw);
  if (
    !isObject(node) ||
    typeof node.name !== 'string' ||
    typeof node.in !== 'string' ||
    !LOCATIONS.has(node.in)
  )
    return undefined;
  return {
    name: node.name,
    in: node.in as OpenApiParameter['in'],
    required: node.in === 'path' || node.required === true,
    description: typeof node.description === 'string' ? node.description : undefined,
    schema: node.schema,
    example: node.example,
    examples: node.examples,
  };
}

function mergeParameters(document: JsonObject, ...lists: unknown[]): OpenApiParameter[] {
  const merged = new Map<string, OpenApiParameter>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = toParameter(document, raw);
      if (parameter) merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
    }
  }
  return [...merged.values()];
}

/** Every operation of the document, in document order. */
export function listDocumentOperations(document: JsonObject): OpenApiOperation[] {
  const paths = document.paths;
  if (!isObject(paths)) return [];
  const operations: OpenApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!isObject(item)) continue;
    for (const method of OPERATION_METHODS) {
      const operation = deref(document, ownValue(item, method));
      if (!isObject(operation)) continue;
      const requestBody = deref(document, operation.requestBody);
      operations.push({
        method,
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        summary: typeof operation.summary === 'string' ? operation.summary : undefined,
        description: typeof operation.description === 'string' ? operation.description : undefined,
        tags: Array.isArray(operation.tags)
          ? operation.tags.filter((tag): tag is string => typeof tag === 'string')
          : [],
        deprecated: operation.deprecated === true,
        parameters: mergeParameters(document, item.parameters, operation.parameters),
        requestBody: isObject(requestBody) ? requestBody : undefined,
        security: Array.isArray(operation.security)
          ? operation.security
          : Array.isArray(document.security)
            ? document.security
            : undefined,
      });
    }
  }
  return operations;
}

/** The first example of an `examples` map (`{name: {value}}`), if any. */
export function firstExample(document: JsonObject, examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  for (const raw of Object.values(examples)) {
    const example = deref(document, raw);
    if (isObject(example) && example.value !== undefined) return example.value;
  }
  return undefined;
}

const MAX_DEPTH = 6;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  uuid: '00000000-0000-0000-0000-000000000000',
  email: 'user@example.com',
  uri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
};

/** An example value for a schema: its example, default, first enum value, or one built from its type. */
export function sampleSchema(
  document: JsonObject,
  raw: unknown,
  depth = 0,
  seen: ReadonlySet<unknown> = new Set(),
): unknown {
  const schema = deref(document, raw);
  if (!isObject(schema) || depth > MAX_DEPTH || seen.has(schema)) return undefined;
  const inner = new Set(seen).add(schema);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) => sampleSchema(document, part, depth + 1, inner));
    if (parts.every((part) => isObject(part) || part === undefined)) {
      const merged: JsonObject = {};
      for (const part of parts)
        if (isObject(part)) for (const [key, value] of Object.entries(part)) setOwn(merged, key, value);
      return merged;
    }
    return parts.find((part) => part !== undefined);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const choices = schema[key];
    if (Array.isArray(choices)) {
      for (const choice of choices) {
        const value = sampleSchema(document, choice, depth + 1, inner);
        if (value !== undefined && value !== null) return value;
      }
    }
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type =
    types.find((value) => typeof value === 'string' && value !== 'null') ??
    (isObject(schema.properties) ? 'object' : undefined);
  switch (type) {
    case 'string':
      return typeof schema.format === 'string' && FORMAT_SAMPLES[schema.format]
        ? FORMAT_SAMPLES[schema.format]
        : 'string';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'array': {
      const item = sampleSchema(document, schema.items, depth + 1, inner);
      return item === undefined ? [] : [item];
    }
    case 'object': {
      const result: JsonObject = {};
      if (isObject(schema.properties)) {
        for (const [name, property] of Object.entries(schema.properties)) {
          const propertySchema = deref(document, property);
          if (isObject(propertySchema) && propertySchema.readOnly === true) continue;
          const value = sampleSchema(document, property, depth + 1, inner);
          if (value !== undefined) setOwn(result, name, value);
        }
      }
      return result;
    }
    default:
      return undefined;
  }
}

/** The example for a parameter: its own example(s), else its schema's. */
export function parameterExample(document: JsonObject, parameter: OpenApiParameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const fromExamples = firstExample(document, parameter.examples);
  if (fromExamples !== undefined) return fromExamples;
  const schema = deref(document, parameter.schema);
  if (!isObject(schema)) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}
