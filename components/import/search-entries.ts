import type { HttpMethod } from '@/lib/http/methods';
import type { ImportedDocMeta, ImportedOperationEntry } from '@/lib/openapi/types';
import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

import { importedOperationHref } from './hrefs';

/** A search row: a catalog entry, or an imported one that carries its own link. */
export type SearchEntry = CatalogIndexEntry & { href?: string };

/** Imported operations in the search box's shape (their haystacks are already lower-cased). */
export function toSearchEntries(
  entries: readonly ImportedOperationEntry[],
  docs: readonly ImportedDocMeta[],
): SearchEntry[] {
  const titles = new Map(docs.map((doc) => [doc.id, doc.title]));
  return entries.map((entry) => ({
    serviceId: entry.docId,
    serviceTitle: titles.get(entry.docId) ?? entry.docId,
    operationId: entry.operationId,
    // HEAD / OPTIONS / TRACE too: the badge shows any method.
    method: entry.method as HttpMethod,
    path: entry.path,
    summary: entry.summary,
    tags: entry.tags,
    deprecated: entry.deprecated,
    haystack: entry.haystack,
    href: importedOperationHref(entry.docId, entry.operationId),
  }));
}
