import type { HttpMethod } from '@/lib/http/methods';
import { MAX_JSON_NESTING, valueDepthExceeds } from '@/lib/json/nesting-depth';
import { exampleFromSchema, primaryType } from '@/lib/openapi/schema-example';
import { OUTBOUND_HEADER_ALLOWLIST } from '@/lib/proxy/headers';

import type { BodySpec, FormSpec, ParamKind, ParamLocation, ParamRole, ParamSpec } from './types';

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'header'];
const KINDS: readonly ParamKind[] = ['string', 'integer', 'number', 'boolean', 'array', 'object'];

const ROLES: Record<string, ParamRole> = {
  authorization: 'authorization',
  'citrix-customerid': 'customer-id',
  'citrix-instanceid': 'instance-id',
  accept: 'accept',
};

/**
 * A document's example too deeply nested to print safely (JSON.stringify recurses): left out, as
 * the export leaves it out, rather than crash the form.
 */
const tooDeep = (value: unknown) => valueDepthExceeds(value, MAX_JSON_NESTING);

/** A scalar as the text a form field holds; objects and arrays as JSON. */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null || tooDeep(value)) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function firstExample(holder: Obj): unknown {
  if ('example' in holder) return holder.example;
  // JSON Schema (OpenAPI 3.1) lists examples in an array; OpenAPI's own `examples` is a map.
  if (Array.isArray(holder.examples)) return holder.examples[0];
  if (isObj(holder.examples)) {
    const first = Object.values(holder.examples)[0];
    if (isObj(first) && 'value' in first) return first.value;
  }
  return undefined;
}

function toParamSpec(parameter: Obj): ParamSpec | undefined {
  const location = parameter.in as ParamLocation;
  if (typeof parameter.name !== 'string' || !LOCATIONS.includes(location)) return undefined;
  const schema = isObj(parameter.schema) ? parameter.schema : {};
  const type = primaryType(schema);
  const lower = parameter.name.toLowerCase();
  const spec: ParamSpec = {
    key: `${location}:${parameter.name}`,
    name: parameter.name,
    in: location,
    // Path parameters are always required (OpenAPI says so even when the document forgets).
    required: location === 'path' || parameter.required === true,
    kind: KINDS.includes(type as ParamKind) ? (type as ParamKind) : 'string',
    deprecated: parameter.deprecated === true,
    forwarded: location !== 'header' || lower === 'authorization' || OUTBOUND_HEADER_ALLOWLIST.has(lower),
  };
  if (Array.isArray(schema.enum))
    spec.enum = schema.enum.filter((item) => item !== null).map((item) => String(item));
  const fallback = asText(schema.default);
  if (fallback !== undefined) spec.default = fallback;
  const example = asText(firstExample(parameter) ?? firstExample(schema));
  if (example !== undefined) spec.example = example;
  if (typeof schema.format === 'string') spec.format = schema.format;
  if (typeof schema.minimum === 'number') spec.minimum = schema.minimum;
  if (typeof schema.maximum === 'number') spec.maximum = schema.maximum;
  if (typeof parameter.description === 'string') spec.description = parameter.description;
  if (location === 'header' && ROLES[lower]) spec.role = ROLES[lower];
  // Citrix's older and newer services alike put the customer in the path (`/{customer}/…`,
  // `/{customerId}/…`): it comes from the session as the header does.
  if (location === 'path' && /^customer(id)?$/.test(lower)) spec.role = 'customer-id';
  return spec;
}

/** JSON first (what Citrix APIs take), then form bodies, then whatever the description lists. */
function pickContent(content: Obj): [string, Obj] | undefined {
  const entries = Object.entries(content).filter((entry): entry is [string, Obj] => isObj(entry[1]));
  return (
    entries.find(([type]) => /json/i.test(type)) ??
    entries.find(([type]) => /x-www-form-urlencoded/i.test(type)) ??
    entries[0]
  );
}

function exampleText(contentType: string, value: unknown): string {
  if (value === undefined || tooDeep(value)) return '';
  if (/json/i.test(contentType)) return JSON.stringify(value, null, 2);
  if (/x-www-form-urlencoded/i.test(contentType) && isObj(value)) {
    return new URLSearchParams(
      Object.entries(value).map(([key, item]) => [key, asText(item) ?? '']),
    ).toString();
  }
  return asText(value) ?? '';
}

export function toBodySpec(requestBody: unknown): BodySpec | undefined {
  if (!isObj(requestBody) || !isObj(requestBody.content)) return undefined;
  const picked = pickContent(requestBody.content);
  if (!picked) return undefined;
  const [contentType, media] = picked;
  const schema = isObj(media.schema) ? media.schema : {};
  return {
    contentType,
    required: requestBody.required === true,
    // A read-only property is required in answers only (OpenAPI); WEM marks its ids both ways.
    requiredFields: Array.isArray(schema.required)
      ? schema.required.filter(
          (item): item is string =>
            typeof item === 'string' &&
            !(
              isObj(schema.properties) &&
              isObj(schema.properties[item]) &&
              schema.properties[item].readOnly === true
            ),
        )
      : [],
    expectsObject: primaryType(schema) === 'object',
    example: exampleText(contentType, firstExample(media) ?? exampleFromSchema(schema)),
  };
}

export interface FormSpecInput {
  serviceId: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  /** Dereferenced parameter objects (path-level ones already merged). */
  parameters: readonly unknown[];
  requestBody?: unknown;
}

/** Reduces a dereferenced operation to the serialisable description the request form is built from. */
export function toFormSpec(input: FormSpecInput): FormSpec {
  const params = input.parameters
    .filter(isObj)
    .map(toParamSpec)
    .filter((spec): spec is ParamSpec => spec !== undefined);
  const order: Record<ParamLocation, number> = { path: 0, query: 1, header: 2 };
  params.sort((a, b) => order[a.in] - order[b.in]);
  const spec: FormSpec = {
    serviceId: input.serviceId,
    operationId: input.operationId,
    method: input.method,
    path: input.path,
    params,
  };
  const body = toBodySpec(input.requestBody);
  if (body) spec.body = body;
  return spec;
}
