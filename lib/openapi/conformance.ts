import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { isRecord } from '@/lib/json/is-record';

/**
 * Checks an answer against a Citrix document's response schema (OpenAPI 3.0 with
 * `components.schemas`), the way the conformance tests read Citrix's models:
 * - a property may be null unless the model says `nullable: false` (Citrix's generator marks
 *   almost nothing required or non-null, and its services answer null freely);
 * - `allOf` is flattened, a .NET `object` without properties accepts anything, a dangling `$ref`
 *   accepts anything (the documents have some);
 * - an object may not carry a property its model does not declare (`strict`, the default), so
 *   invented fields are caught;
 * - formats Ajv does not know (`guid`, `decimal`, …) are descriptive only; the ones below are checked.
 */

type Json = Record<string, unknown>;
const DOC_ID = 'document';
const CHECKED_FORMATS = new Set(['int32', 'int64', 'double', 'float', 'date-time']);
const DROPPED_KEYWORDS = new Set([
  'nullable',
  'readOnly',
  'writeOnly',
  'example',
  'examples',
  'xml',
  'discriminator',
  'deprecated',
  'externalDocs',
  'title',
  'description',
]);

/** OpenAPI 3.0 → JSON Schema for Ajv, with the reading above. */
export interface ConformanceOptions {
  /** No undeclared properties (default true). */
  strict?: boolean;
  /**
   * Which side is checked (default `response`). OpenAPI: a read-only property that is required is
   * required in answers only, a write-only one in requests only (Citrix's WEM models mark their ids
   * both read-only and required).
   */
  direction?: 'request' | 'response';
}

export function schemaNormaliser(schemas: Record<string, Json>, options: ConformanceOptions = {}) {
  const strict = options.strict ?? true;
  const notRequiredHere = options.direction === 'request' ? 'readOnly' : 'writeOnly';
  const refName = (ref: string) => ref.split('/').pop() ?? '';
  const nullableUnlessDenied = (schema: Json, source: Json): Json =>
    source.nullable === false ? schema : { anyOf: [schema, { type: 'null' }] };

  function flatten(node: Json, seen: Set<string>): Json {
    const members = (node.allOf as Json[]).map((member) => {
      if (typeof member.$ref === 'string') {
        const name = refName(member.$ref);
        const target = schemas[name];
        if (!target || seen.has(name)) return {};
        return target.allOf ? flatten(target, new Set([...seen, name])) : target;
      }
      return member.allOf ? flatten(member, seen) : member;
    });
    // The node's own properties (beside its allOf) belong to the object too.
    const merged: Json = {
      ...node,
      type: 'object',
      properties: { ...(isRecord(node.properties) ? node.properties : {}) },
      required: Array.isArray(node.required) ? [...(node.required as string[])] : [],
    };
    delete merged.allOf;
    for (const member of members) {
      Object.assign(merged.properties as Json, member.properties ?? {});
      (merged.required as string[]).push(...((member.required as string[] | undefined) ?? []));
    }
    merged.required = [...new Set(merged.required as string[])];
    return merged;
  }

  function normalise(node: unknown, isRoot = false): unknown {
    if (Array.isArray(node)) return node.map((item) => normalise(item));
    if (!isRecord(node)) return node;
    let source = node;
    if (typeof source.$ref === 'string') {
      const name = refName(source.$ref);
      return schemas[name] ? { $ref: `${DOC_ID}#/definitions/${name}` } : {};
    }
    // `allOf: [$ref]` beside `nullable` is how the generator writes a nullable reference.
    if (Array.isArray(source.allOf) && source.allOf.length === 1 && !source.properties) {
      const only = normalise((source.allOf as Json[])[0]) as Json;
      return source.nullable === false || isRoot ? only : { anyOf: [only, { type: 'null' }] };
    }
    if (source.allOf) source = flatten(source, new Set());
    if (source.type === 'object' && !source.properties && !source.additionalProperties && !isRoot) return {};
    const out: Json = {};
    for (const [key, value] of Object.entries(source)) {
      if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
      // Patterns are documentation here, and a hostile one could take forever (ReDoS).
      if (key === 'pattern') continue;
      if (key === 'format' && !CHECKED_FORMATS.has(String(value))) continue;
      if (key === 'properties' && isRecord(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, property]) => {
            const schema = normalise(property) as Json;
            const isRefLike = '$ref' in schema || (!('type' in schema) && Object.keys(schema).length > 0);
            return [name, isRefLike ? nullableUnlessDenied(schema, property as Json) : schema];
          }),
        );
      } else if (key === 'items') {
        const schema = normalise(value) as Json;
        out.items = '$ref' in schema ? nullableUnlessDenied(schema, value as Json) : schema;
      } else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(value)) {
        out[key] = value.map((item) => normalise(item));
      } else if (key === 'not' && isRecord(value)) {
        out.not = normalise(value);
      } else if (key === 'additionalProperties' && typeof value === 'object') {
        out.additionalProperties = normalise(value);
      } else out[key] = value;
    }
    if (typeof out.type === 'string' && source.nullable !== false && !isRoot) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    }
    if (Array.isArray(out.required) && isRecord(source.properties)) {
      const properties = source.properties;
      out.required = out.required.filter((name) => {
        const property = properties[String(name)];
        const target =
          isRecord(property) && typeof property.$ref === 'string'
            ? schemas[refName(property.$ref)]
            : property;
        return (
          !(isRecord(property) && property[notRequiredHere] === true) &&
          !(isRecord(target) && target[notRequiredHere] === true)
        );
      });
    }
    if (strict && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
    if (Array.isArray(out.required) && out.required.length === 0) delete out.required;
    return out;
  }
  return normalise;
}

export interface ConformanceChecker {
  /** Undefined when `value` is valid against `schema` (a schema of the document), else the first errors. */
  check(schema: unknown, value: unknown): string | undefined;
  /** Ajv's own errors for `value` (none when it is valid): where each problem is, to repair it. */
  errors(schema: unknown, value: unknown): readonly ErrorObject[];
}

/** A checker for one document: its models are compiled once, on first use. */
export function conformanceChecker(document: unknown, options: ConformanceOptions = {}): ConformanceChecker {
  const components = isRecord(document) && isRecord(document.components) ? document.components : {};
  const schemas = (isRecord(components.schemas) ? components.schemas : {}) as Record<string, Json>;
  const normalise = schemaNormaliser(schemas, options);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addSchema(
    {
      $id: DOC_ID,
      definitions: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, normalise(schema, true)]),
      ),
    },
    DOC_ID,
  );
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorFor = (schema: Json) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(normalise(schema, true) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
  return {
    check(schema, value) {
      if (!isRecord(schema)) return undefined;
      const validate = validatorFor(schema);
      if (validate(value)) return undefined;
      return describeErrors(validate.errors ?? []);
    },
    errors(schema, value) {
      if (!isRecord(schema)) return [];
      const validate = validatorFor(schema);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}

/** The value a JSON pointer names, as a person reads it: `the body`, or `/Items/0/Name`. */
const where = (pointer: string) => pointer || 'the body';

/**
 * Ajv's errors in plain words, without the noise the null-allowing reading adds (each failed
 * property also "must be null" and "must match a schema in anyOf"): at most five, each once.
 */
export function describeErrors(errors: readonly ErrorObject[]): string {
  const meaningful = errors.filter(
    (error) =>
      !(error.keyword === 'type' && error.params.type === 'null') &&
      error.keyword !== 'anyOf' &&
      error.keyword !== 'oneOf',
  );
  const words = (meaningful.length > 0 ? meaningful : errors).map((error) => {
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'enum':
        return `${where(error.instancePath)} must be one of ${(params.allowedValues as unknown[])
          .filter((value) => value !== null)
          .join(', ')}`;
      case 'required':
        return `${error.instancePath}/${String(params.missingProperty)} is required`;
      case 'type': {
        const types = ([] as unknown[]).concat(params.type).filter((type) => type !== 'null');
        return `${where(error.instancePath)} must be ${types.join(' or ')}`;
      }
      case 'additionalProperties':
        return `${error.instancePath}/${String(params.additionalProperty)} is not a field of this model`;
      default:
        return `${where(error.instancePath)} ${error.message ?? 'is not valid'}`;
    }
  });
  return [...new Set(words)].slice(0, 5).join('; ');
}
