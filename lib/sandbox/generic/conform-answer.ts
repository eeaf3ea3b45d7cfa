import type { ErrorObject } from 'ajv';

import { isRecord } from '@/lib/json/is-record';
import type { ConformanceChecker } from '@/lib/openapi/conformance';

/** Rounds of repair before the pure sample is answered instead. */
const MAX_ROUNDS = 3;

function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `path`; in `sample`, any array index reads the sample's first item. */
function valueAt(root: unknown, path: readonly string[], firstItemOfArrays = false): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node)) node = node[firstItemOfArrays ? 0 : Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function setAt(root: unknown, path: readonly string[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else if (isRecord(parent))
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Where an error points: the missing or undeclared property itself, else the value. */
function effectivePath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${String(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties')
    return `${error.instancePath}/${String(params.additionalProperty)}`;
  return error.instancePath;
}

/**
 * The errors to repair: an error above a deeper one (an item's "must match a schema in anyOf"
 * because one of its fields is wrong) is its consequence, and repairing it would replace the
 * whole item, its id with it.
 */
function rootCauses(errors: readonly ErrorObject[]): ErrorObject[] {
  const paths = errors.map(effectivePath);
  return errors.filter((_, index) => paths.every((other) => !other.startsWith(`${paths[index]}/`)));
}

/** Applies one error's repair; false when the root itself must be replaced. */
function repair(body: unknown, sample: unknown, error: ErrorObject): boolean {
  const path = segments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const parent = valueAt(body, path);
    if (isRecord(parent)) delete parent[String(params.additionalProperty)];
    return true;
  }
  if (error.keyword === 'required') {
    const missing = [...path, String(params.missingProperty)];
    setAt(body, missing, valueAt(sample, missing, true) ?? null);
    return true;
  }
  if (path.length === 0) return false;
  setAt(body, path, valueAt(sample, path, true) ?? null);
  return true;
}

/**
 * An answer made valid against its schema where state or a request put in something the schema
 * does not allow: a request's enum value the answer's enum lacks, a field of a sibling model, a
 * required field missing. Each offending value takes the pure sample's value at the same place
 * (or null, which Citrix's models allow unless they say otherwise), an undeclared field is
 * dropped; when that does not converge, the pure sample is answered. A valid answer is unchanged.
 */
export function conformAnswer(
  body: unknown,
  schema: unknown,
  checker: ConformanceChecker,
  sample: () => unknown,
): unknown {
  let errors = checker.errors(schema, body);
  if (errors.length === 0) return body;
  const pure = sample();
  let repaired: unknown = structuredClone(body);
  for (let round = 0; round < MAX_ROUNDS && errors.length > 0; round += 1) {
    for (const error of rootCauses(errors)) {
      if (!repair(repaired, pure, error)) {
        repaired = structuredClone(pure);
        break;
      }
    }
    errors = checker.errors(schema, repaired);
  }
  if (errors.length === 0) return repaired;
  return checker.errors(schema, pure).length === 0 ? pure : repaired;
}
