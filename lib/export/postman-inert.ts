import { MAX_JSON_NESTING, valueDepthExceeds } from '@/lib/json/nesting-depth';

/**
 * What keeps a hostile description from steering an exported collection. Postman resolves
 * `{{name}}` in URLs, headers and bodies against the collection's variables, and the collection
 * holds the client secret and the bearer token: nothing a document says may name one of them,
 * define one, or shadow one.
 */

/** The collection's own variables; a document can never create or shadow these. */
export const RESERVED_VARIABLES: readonly string[] = [
  'baseUrl',
  'tokenUrl',
  'customerId',
  'clientId',
  'clientSecret',
  'token',
  'tokenExpiresAt',
  'instanceId',
];
const RESERVED = new Set(RESERVED_VARIABLES.map((name) => name.toLowerCase()));

/**
 * The collection variable for a path parameter inside a segment (`list{id}` → `{{id}}`). A name
 * that is reserved, or that is not plain (`$guid`, `a}}b`), is prefixed so it can never be one of
 * the collection's own: `list{tokenUrl}` → `{{path_tokenUrl}}`.
 */
export function pathVariableName(name: string): string {
  const plain = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return plain !== name || RESERVED.has(plain.toLowerCase()) ? `path_${plain}` : plain;
}

/** Text from the document with `{{` broken up, so Postman never reads a variable in it. */
export function inertText(text: string): string {
  return text.replace(/\{\{/g, '{ {');
}

/** Written instead of an example that nests too deeply to export. */
export const TOO_DEEP_EXAMPLE = '… (example left out: nested too deeply to export)';

/** A value from the document (an example, a default) with every string and key made inert. */
export function inertValue(value: unknown): unknown {
  if (typeof value === 'string') return inertText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (valueDepthExceeds(value, MAX_JSON_NESTING)) return TOO_DEEP_EXAMPLE;
  return copy(value);
}

/** Depth already checked: this recursion is bounded. */
function copy(value: unknown): unknown {
  if (typeof value === 'string') return inertText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(out, inertText(key), {
      value: copy(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}
