import { upgrade } from '@scalar/openapi-parser';

import { isRecord } from '@/lib/json/is-record';

import {
  fixDefinitionRefs,
  fixEnumObjects,
  mapCitrixServers,
  mapDaasTechPreview,
  readSecurityAsCwsAuth,
  servesFromTable,
} from './citrix-normalise';
import { dereferenceDocument } from './dereference';
import { indexOperations } from './operations';
import { MAX_DOCUMENT_BYTES, parseDocumentText } from './parse-text';
import { mapServers } from './servers';
import type {
  ImportedDocMeta,
  ImportedOperationEntry,
  ImportProblem,
  ImportWarning,
  SourceFormat,
  StoredImportedDoc,
} from './types';
import { validateDocument } from './validate';

/**
 * The import pipeline, pure and synchronous, in two halves so that the worker can show the
 * operation list before the slower half runs:
 *
 * 1. `checkAndIndex`: parse (JSON.parse / js-yaml) → validate (Ajv, official schemas) → index
 *    the operations (the paths part is the same in Swagger 2.0 and OpenAPI 3.x).
 * 2. `normalise`: upgrade to OpenAPI 3.1 (Scalar's upgrader: 2.0 → 3.0 → 3.1), make the Citrix
 *    shapes callable (citrix-normalise.ts: the DaaS tech-preview paths, `#/definitions` refs, enums
 *    declared as objects, host variables, non-CwsAuth schemes), map the servers onto the region
 *    table, and dereference once (Scalar) to report `$ref`s that do not resolve.
 */

export interface CheckedDocument {
  id: string;
  title: string;
  version: string;
  sourceVersion: string;
  format: SourceFormat;
  sizeBytes: number;
  raw: Record<string, unknown>;
  operations: ImportedOperationEntry[];
  /** What was changed so that the document maps onto Citrix Cloud (the report's first half). */
  normalised: ImportWarning[];
  warnings: ImportWarning[];
}

export type CheckOutcome = { ok: true; checked: CheckedDocument } | { ok: false; problems: ImportProblem[] };

/** FNV-1a: a short, stable hash for ids. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * URL-safe id from the title and version, e.g. `administrators-apis-1a2b3c4d`: importing the same
 * API again (as YAML or JSON, or an edited file) replaces it instead of listing it twice.
 */
export function documentId(title: string, version: string): string {
  const slug =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'api';
  return `${slug}-${contentHash(`${title}\n${version}`)}`;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkAndIndex(text: string): CheckOutcome {
  const sizeBytes = text.length > MAX_DOCUMENT_BYTES / 4 ? byteLength(text) : text.length;
  if (sizeBytes > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      problems: [
        {
          kind: 'too-large',
          message: `The document is ${(sizeBytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB.`,
        },
      ],
    };
  }
  const parsed = parseDocumentText(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const validation = validateDocument(parsed.value);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const raw = parsed.value as Record<string, unknown>;
  const info = isRecord(raw.info) ? raw.info : {};
  const title =
    typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : 'Untitled API';
  const version = typeof info.version === 'string' ? info.version : String(info.version ?? '');
  const id = documentId(title, version);
  // Before indexing: the operation list shows the paths as they will be called.
  const normalised = mapDaasTechPreview(raw);
  return {
    ok: true,
    checked: {
      id,
      title,
      version,
      sourceVersion: validation.declared,
      format: parsed.format,
      sizeBytes: byteLength(text),
      raw,
      operations: indexOperations(raw, id, title),
      normalised,
      warnings: validation.warnings,
    },
  };
}

/** The overview shows at most this much of `info.description`. */
const MAX_DESCRIPTION = 20_000;

export interface NormalisedDocument {
  stored: StoredImportedDoc;
  /** The dereferenced form (Scalar), kept by the worker for operation pages. */
  dereferenced: Record<string, unknown>;
}

/** Upgrades to 3.1 (in place: the raw form is not needed afterwards), maps servers, dereferences. */
export function normalise(
  checked: CheckedDocument,
  fileName?: string,
  importedAt = new Date().toISOString(),
): NormalisedDocument {
  const document = checked.sourceVersion.startsWith('3.1')
    ? checked.raw
    : (upgrade(checked.raw).specification as Record<string, unknown>);
  const normalised = [
    ...checked.normalised,
    ...fixDefinitionRefs(document),
    ...fixEnumObjects(document),
    ...mapCitrixServers(document),
  ];
  if (servesFromTable(document)) normalised.push(...readSecurityAsCwsAuth(document));
  const resolved = dereferenceDocument(document);
  const warnings = [...checked.warnings];
  const unresolved = resolved.unresolved;
  if (unresolved.length > 0) {
    const distinct = [...new Set(unresolved)];
    warnings.push({
      count: distinct.length,
      message: `${distinct.length} ${distinct.length === 1 ? 'reference does' : 'references do'} not resolve and ${distinct.length === 1 ? 'is' : 'are'} shown unresolved: ${distinct.slice(0, 3).join('; ')}${distinct.length > 3 ? '; …' : ''}`,
    });
  }
  const meta: ImportedDocMeta = {
    id: checked.id,
    title: checked.title,
    version: checked.version,
    sourceVersion: checked.sourceVersion,
    format: checked.format,
    sizeBytes: checked.sizeBytes,
    importedAt,
    operationCount: checked.operations.length,
    servers: mapServers(document),
    normalised,
    warnings,
  };
  if (fileName) meta.fileName = fileName.slice(0, 256);
  const info = isRecord(document.info) ? document.info : {};
  if (typeof info.description === 'string' && info.description.trim() !== '')
    meta.description = info.description.slice(0, MAX_DESCRIPTION);
  return {
    stored: { meta, document },
    dereferenced: resolved.document,
  };
}
