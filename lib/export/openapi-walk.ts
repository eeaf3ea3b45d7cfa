/**
 * Small, pure helpers to read an OpenAPI 3.x document as it is (raw, with local `$ref`s, or
 * already dereferenced): resolve local references, list operations with their merged
 * parameters, and produce example values. No I/O: external `$ref`s are never followed, so a
 * document posted by a user cannot make the server fetch anything.
 */

import { OPENAPI_METHODS, type OpenApiMethod } from '@/lib/http/methods';
import { isRecord } from '@/lib/json/is-record';
import { mergeParameters } from '@/lib/openapi/merge-parameters';
import { sampleSchemaValue, type Sample, type SampleBudget } from '@/lib/openapi/schema-example';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, unknown>;

/** Sets an own property, even for names such as `__proto__` (plain assignment would set the prototype). */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function ownValue(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined;
  return isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
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
  while (isRecord(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref) || seen.size > 32) return {};
    seen.add(ref);
    const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== '$ref'));
    if (Object.keys(rest).length > 0) siblings = { ...rest, ...siblings };
    current = pointer(document, ref);
    if (current === undefined) return siblings ?? {};
  }
  return siblings && isRecord(current) ? { ...current, ...siblings } : current;
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
  method: OpenApiMethod;
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
    !isRecord(node) ||
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

/** Resolves each list's entries, then merges them with the one parameter merge. */
function documentParameters(document: JsonObject, ...lists: unknown[]): OpenApiParameter[] {
  const resolved = lists.map((list) =>
    Array.isArray(list) ? list.map((raw) => toParameter(document, raw)).filter(Boolean) : [],
  );
  return mergeParameters(...resolved) as unknown as OpenApiParameter[];
}

/** Every operation of the document, in document order. */
export function listDocumentOperations(document: JsonObject): OpenApiOperation[] {
  const paths = document.paths;
  if (!isRecord(paths)) return [];
  const operations: OpenApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!isRecord(item)) continue;
    for (const method of OPENAPI_METHODS) {
      const operation = deref(document, ownValue(item, method));
      if (!isRecord(operation)) continue;
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
        parameters: documentParameters(document, item.parameters, operation.parameters),
        requestBody: isRecord(requestBody) ? requestBody : undefined,
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
  if (!isRecord(examples)) return undefined;
  for (const raw of Object.values(examples)) {
    const example = deref(document, raw);
    if (isRecord(example) && example.value !== undefined) return example.value;
  }
  return undefined;
}

/**
 * An example value for a schema of the document: the app's one sampler
 * (lib/openapi/schema-example.ts, the same the request form uses), reading local `$ref`s.
 * `budget` is shared by every example of one export, so the whole export is bounded.
 */
export function sampleSchema(document: JsonObject, raw: unknown, budget?: SampleBudget): Sample {
  return sampleSchemaValue(raw, { resolve: (node) => deref(document, node), budget });
}

/** The example for a parameter: its own example(s), else its schema's. */
export function parameterExample(document: JsonObject, parameter: OpenApiParameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const fromExamples = firstExample(document, parameter.examples);
  if (fromExamples !== undefined) return fromExamples;
  const schema = deref(document, parameter.schema);
  if (!isRecord(schema)) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}
