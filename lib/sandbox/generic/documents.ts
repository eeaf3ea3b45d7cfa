import { createHash } from 'node:crypto';

import { isRecord } from '@/lib/json/is-record';
import { checkAndIndex, normalise } from '@/lib/openapi/pipeline';
import type { SharedStore } from '@/lib/store/shared-store';

import { indexOperations, type IndexedOperation, type Json } from './operation-index';
import { resourceRoles, type Resource } from './resources';

/**
 * The descriptions the sandbox serves beyond its hand-written routes: documents a person imported
 * in their browser and sent here once (DESIGN §7). They are untrusted input: content-addressed
 * (the id is the SHA-256 of the text, so one text is one entry and nobody can replace another's),
 * size-capped, parsed and checked by the same import pipeline as in the browser, and kept within a
 * bound on count and bytes (least recently used goes first). With a shared store (REDIS_URL) the
 * text is kept there too, so every instance can serve it; the parsed form is cached per instance.
 * A document never widens what the proxy may reach: it only shapes the sandbox's answers.
 */

export const MAX_SERVED_DOCUMENT_BYTES = 8 * 1024 * 1024;
export const MAX_SERVED_DOCUMENTS = 24;
export const MAX_SERVED_TOTAL_BYTES = 64 * 1024 * 1024;
const STORE_NAMESPACE = 'sandbox-openapi';
const STORE_TTL_MS = 7 * 24 * 3600_000;

/** How the service's errors look: read from the models the document declares. */
/** A customer's generic state: per document (id prefix), per collection path, its items. */
export type GenericState = Record<string, Record<string, Json[]>>;

export type ErrorFamily = 'daas' | 'problem' | 'common';

export interface ServedDocument {
  id: string;
  title: string;
  bytes: number;
  /** The normalised OpenAPI 3.1 document, `$ref`s kept (request bodies are checked against it). */
  document: Json;
  /** The same, dereferenced (answers are sampled from it). */
  dereferenced: Json;
  operations: IndexedOperation[];
  roles: Map<string, Resource>;
  errors: ErrorFamily;
}

export const DOCUMENT_ID_PATTERN = /^[a-f0-9]{64}$/;

export function documentIdOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function errorFamily(document: Json): ErrorFamily {
  const schemas =
    isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  if ('ErrorData' in schemas) return 'daas';
  if ('ProblemDetails' in schemas) return 'problem';
  return 'common';
}

/** Most recently used last. */
const served = new Map<string, ServedDocument>();

function remember(entry: ServedDocument): void {
  served.delete(entry.id);
  served.set(entry.id, entry);
  let total = [...served.values()].reduce((sum, item) => sum + item.bytes, 0);
  while (served.size > MAX_SERVED_DOCUMENTS || total > MAX_SERVED_TOTAL_BYTES) {
    const oldest = served.values().next().value!;
    served.delete(oldest.id);
    total -= oldest.bytes;
  }
}

export type ParseOutcome = { ok: true; entry: ServedDocument } | { ok: false; message: string };

/** Parses and checks a document's text as the importer does; the parsed entry, or why not. */
export function parseServedDocument(text: string): ParseOutcome {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_SERVED_DOCUMENT_BYTES)
    return {
      ok: false,
      message: `The document is ${(bytes / 1048576).toFixed(1)} MB; the sandbox serves documents up to ${MAX_SERVED_DOCUMENT_BYTES / 1048576} MB.`,
    };
  const outcome = checkAndIndex(text);
  if (!outcome.ok)
    return { ok: false, message: outcome.problems.map((problem) => problem.message).join(' ') };
  const { stored, dereferenced } = normalise(outcome.checked);
  const document = stored.document as Json;
  const operations = indexOperations(dereferenced);
  return {
    ok: true,
    entry: {
      id: documentIdOf(text),
      title: outcome.checked.title,
      bytes,
      document,
      dereferenced,
      operations,
      roles: resourceRoles(operations),
      errors: errorFamily(document),
    },
  };
}

/** Registers a document's text; its id, or why it was refused. */
export async function registerDocument(
  text: string,
  store?: SharedStore,
): Promise<{ ok: true; id: string; title: string; operations: number } | { ok: false; message: string }> {
  const id = documentIdOf(text);
  const known = served.get(id);
  if (known) {
    remember(known);
    return { ok: true, id, title: known.title, operations: known.operations.length };
  }
  const parsed = parseServedDocument(text);
  if (!parsed.ok) return parsed;
  remember(parsed.entry);
  if (store) await store.saveDocument(STORE_NAMESPACE, id, undefined, text, STORE_TTL_MS);
  return { ok: true, id, title: parsed.entry.title, operations: parsed.entry.operations.length };
}

/** A registered document by id: from this instance, else from the shared store. */
export async function findServedDocument(
  id: string,
  store?: SharedStore,
): Promise<ServedDocument | undefined> {
  const known = served.get(id);
  if (known) {
    remember(known);
    return known;
  }
  if (!store || !DOCUMENT_ID_PATTERN.test(id)) return undefined;
  const loaded = await store.loadDocument(STORE_NAMESPACE, id);
  if (loaded?.json === undefined || documentIdOf(loaded.json) !== id) return undefined;
  const parsed = parseServedDocument(loaded.json);
  if (!parsed.ok) return undefined;
  remember(parsed.entry);
  return parsed.entry;
}

/** Every document this instance holds, most recently used first (for calls that name none). */
export function servedDocuments(): ServedDocument[] {
  return [...served.values()].reverse();
}

/** For tests: forget every document. */
export function forgetServedDocuments(): void {
  served.clear();
}
