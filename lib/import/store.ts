import { createStore, delMany, get, getMany, setMany, update, type UseStore } from 'idb-keyval';

import type {
  ImportedDocMeta,
  ImportedOperationEntry,
  ServerOverride,
  StoredImportedDoc,
} from '@/lib/openapi/types';

/**
 * Imported documents live in the browser's IndexedDB (idb-keyval), never on the server: the
 * list of documents (small), each document's operation index (for lists and search) and the
 * document itself (OpenAPI 3.1, multi-MB) under separate keys, so that listing and searching
 * never deserialise a whole document. Works in the window and in the import worker.
 */

const LIST = 'list';
const docKey = (id: string) => `doc:${id}`;
const opsKey = (id: string) => `ops:${id}`;

let store: UseStore | undefined;
function kv(): UseStore {
  store ??= createStore('citrix-api-explorer', 'imported-documents');
  return store;
}

export function storageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** The imported documents, most recent first. */
export async function listImported(): Promise<ImportedDocMeta[]> {
  if (!storageAvailable()) return [];
  return (await get<ImportedDocMeta[]>(LIST, kv())) ?? [];
}

export async function saveImported(
  stored: StoredImportedDoc,
  operations: readonly ImportedOperationEntry[],
): Promise<void> {
  await setMany(
    [
      [docKey(stored.meta.id), stored],
      [opsKey(stored.meta.id), operations],
    ],
    kv(),
  );
  await update<ImportedDocMeta[]>(
    LIST,
    (list = []) => {
      // Importing a document again keeps the Server set for it.
      const previous = list.find((item) => item.id === stored.meta.id)?.serverOverride;
      const meta =
        previous && !stored.meta.serverOverride ? { ...stored.meta, serverOverride: previous } : stored.meta;
      return [meta, ...list.filter((item) => item.id !== stored.meta.id)];
    },
    kv(),
  );
}

export async function getImportedDoc(id: string): Promise<StoredImportedDoc | undefined> {
  return get<StoredImportedDoc>(docKey(id), kv());
}

export async function getImportedOperations(id: string): Promise<ImportedOperationEntry[] | undefined> {
  return get<ImportedOperationEntry[]>(opsKey(id), kv());
}

/** Every imported operation, for the search box: one read per document, no document bodies. */
export async function getAllImportedOperations(ids: readonly string[]): Promise<ImportedOperationEntry[]> {
  if (ids.length === 0) return [];
  const lists = await getMany<ImportedOperationEntry[]>(ids.map(opsKey), kv());
  return lists.flatMap((list) => list ?? []);
}

/**
 * Remembers the Server set for a document (or forgets it: `undefined`), in the list and in the
 * stored document's meta, so that the list, the operation pages and the worker all see it.
 */
export async function setServerOverride(id: string, override: ServerOverride | undefined): Promise<void> {
  const apply = (meta: ImportedDocMeta): ImportedDocMeta => {
    const next = { ...meta };
    delete next.serverOverride;
    return override ? { ...next, serverOverride: override } : next;
  };

  await update<ImportedDocMeta[]>(
    LIST,
    (list = []) => list.map((item) => (item.id === id ? apply(item) : item)),
    kv(),
  );
  await update<StoredImportedDoc | undefined>(
    docKey(id),
    (stored) => stored && { ...stored, meta: apply(stored.meta) },
    kv(),
  );
}

export async function removeImported(id: string): Promise<void> {
  await update<ImportedDocMeta[]>(LIST, (list = []) => list.filter((item) => item.id !== id), kv());
  await delMany([docKey(id), opsKey(id)], kv());
}
