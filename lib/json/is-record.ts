/**
 * True for a plain JSON-like object (not `null`, not an array): the one guard every reader of
 * parsed JSON or OpenAPI documents uses before it looks at a property.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
