import { upgrade } from '@scalar/openapi-parser';

import { isRecord } from '@/lib/json/is-record';

import type { CheckedDocument } from './check';
import {
  fixDefinitionRefs,
  fixEnumObjects,
  mapCitrixServers,
  readSecurityAsCwsAuth,
  servesFromTable,
} from './citrix-normalise';
import { dereferenceDocument } from './dereference';
import { mapServers } from './servers';
import type { ImportedDocMeta, StoredImportedDoc } from './types';

/**
 * The import pipeline's second half (see pipeline.ts): upgrade to OpenAPI 3.1, make the Citrix
 * shapes callable, map the servers onto the region table, dereference once.
 */

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
