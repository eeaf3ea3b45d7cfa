import { dereference } from '@scalar/openapi-parser';

/**
 * The one dereferencer of the app (Scalar's), for the built-in catalog, imported documents and the
 * exports alike. Synchronous; `$ref`s that do not resolve stay as they are and are listed.
 */
export function dereferenceDocument(document: Record<string, unknown>): {
  document: Record<string, unknown>;
  unresolved: string[];
} {
  const resolved = dereference(document);
  return {
    document: (resolved.schema ?? document) as Record<string, unknown>,
    unresolved: (resolved.errors ?? []).map((error) => error.message),
  };
}
