import type { ValidateFunction } from 'ajv';

import { isRecord } from '@/lib/json/is-record';

import { mapDaasTechPreview } from './citrix-normalise';
import { indexOperations } from './operations';
import { MAX_DOCUMENT_BYTES, parseDocumentText } from './parse-text';
import type { ImportedOperationEntry, ImportProblem, ImportWarning, SourceFormat } from './types';
import { specVersionOf, validateDocument, type SpecVersion } from './validate';

/**
 * The import pipeline's first half (see pipeline.ts): parse (JSON.parse / js-yaml) → validate
 * (the official schemas' generated validators) → index the operations. Kept apart from the second
 * half so that the import worker can list a document before Scalar's upgrader and dereferencer
 * (and the `yaml` package they bring) have even loaded; and in two steps, because which of the
 * three validators (each some 200 KB of generated code) a document needs is known once it is
 * parsed: the worker loads only that one (validators/load.ts).
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

/** A document read and parsed, with the OpenAPI version that says which validator checks it. */
export interface ParsedDocument {
  text: string;
  format: SourceFormat;
  value: unknown;
  version: SpecVersion;
}

export type ParseOutcome = ({ ok: true } & ParsedDocument) | { ok: false; problems: ImportProblem[] };

/** Step one: within the size limit, parsed, and an OpenAPI version this explorer reads. */
export function parseForCheck(text: string): ParseOutcome {
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
  const detected = specVersionOf(parsed.value);
  if ('problem' in detected) return { ok: false, problems: [detected.problem] };
  return { ok: true, text, format: parsed.format, value: parsed.value, version: detected.version };
}

/** Step two: validated with the version's validator, then indexed. */
export function checkParsed(parsed: ParsedDocument, validate: ValidateFunction): CheckOutcome {
  const validation = validateDocument(parsed.value, validate);
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
      sizeBytes: byteLength(parsed.text),
      raw,
      operations: indexOperations(raw, id, title),
      normalised,
      warnings: validation.warnings,
    },
  };
}
