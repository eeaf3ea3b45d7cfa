import type { HostKind } from '@/lib/citrix/regions';

/** Every method an OpenAPI path item may declare; the proxy invokes only GET…DELETE. */
export const DOCUMENT_METHODS = [
  'GET',
  'PUT',
  'POST',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'PATCH',
  'TRACE',
] as const;
export type DocumentMethod = (typeof DOCUMENT_METHODS)[number];

export type SourceFormat = 'json' | 'yaml';

/** Why an import was refused, with where: a line for syntax, a JSON path for the schema. */
export type ImportProblem =
  | { kind: 'syntax'; format: SourceFormat; message: string; line: number; column: number }
  | {
      kind: 'validation';
      message: string;
      /** JSON pointer, e.g. `/paths/~1pets/get`. */ pointer: string;
      /** JSONPath, e.g. `$.paths["/pets"].get`. */ path: string;
    }
  | { kind: 'unsupported' | 'empty' | 'too-large' | 'internal'; message: string; path?: string };

/** Something accepted but worth saying: a problem inside a schema, an unresolved `$ref`. */
export interface ImportWarning {
  message: string;
  path?: string;
  /** How many problems this line stands for (e.g. 1,060 header objects without a schema). */
  count: number;
}

/** One server of the document, and whether (and to what) the proxy can map it. */
export type ServerMapping =
  | { url: string; description?: string; ok: true; hostKind: HostKind; basePath: string; hostname: string }
  | { url: string; description?: string; ok: false; reason: string; hostname?: string };

/** The Server a person set for a document: a host kind of the region table and a base path. */
export interface ServerOverride {
  hostKind: HostKind;
  basePath: string;
}

/** One operation of an imported document: small, serialisable, searchable. */
export interface ImportedOperationEntry {
  docId: string;
  /** The document's operationId, or one made from method and path when it has none. */
  operationId: string;
  /** True when the operationId was made up by the importer. */
  syntheticId: boolean;
  method: DocumentMethod;
  /** As written in the document, relative to the server's base path. */
  path: string;
  summary: string;
  tags: string[];
  deprecated: boolean;
  /** Lower-cased text the search boxes match against. */
  haystack: string;
}

/** What the catalog lists about an imported document. */
export interface ImportedDocMeta {
  id: string;
  title: string;
  version: string;
  /** `info.description` (Markdown, untrusted: rendered inert), capped. */
  description?: string;
  /** What the file said it was: `2.0`, `3.0.1`, `3.1.0`… (the stored form is always OpenAPI 3.1). */
  sourceVersion: string;
  format: SourceFormat;
  fileName?: string;
  sizeBytes: number;
  importedAt: string;
  operationCount: number;
  servers: ServerMapping[];
  /** What the import changed so that the document maps onto Citrix Cloud (absent before this existed). */
  normalised?: ImportWarning[];
  warnings: ImportWarning[];
  /** Set with the Server control; wins over the document's own servers. */
  serverOverride?: ServerOverride;
}

/** The stored document: OpenAPI 3.1, not dereferenced (references resolve on demand). */
export interface StoredImportedDoc {
  meta: ImportedDocMeta;
  document: Record<string, unknown>;
}

/** One operation, dereferenced, for the operation page. */
export interface ImportedOperationDetail {
  meta: ImportedDocMeta;
  entry: ImportedOperationEntry;
  /** The operation object with `$ref`s resolved; `parameters` holds the path-level ones merged in. */
  operation: Record<string, unknown>;
  parameters: Record<string, unknown>[];
}
