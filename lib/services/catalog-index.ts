import type { HttpMethod } from '@/lib/http/methods';

import { CATALOG } from './catalog';
import { listOperations } from './operations';

/** One row of the client-side search index: small, serialisable, no document attached. */
export interface CatalogIndexEntry {
  serviceId: string;
  serviceTitle: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  deprecated: boolean;
  /** Lower-cased text the search box matches against. */
  haystack: string;
}

export function buildCatalogIndex(): CatalogIndexEntry[] {
  return CATALOG.flatMap((service) =>
    listOperations(service).map((operation) => ({
      ...operation,
      serviceTitle: service.title,
      haystack: [
        service.title,
        service.id,
        operation.operationId,
        operation.method,
        service.basePath + operation.path,
        operation.summary,
        ...operation.tags,
      ]
        .join(' ')
        .toLowerCase(),
    })),
  );
}

/** Every operation of the catalog, ready to ship to the browser. */
export const CATALOG_INDEX: readonly CatalogIndexEntry[] = buildCatalogIndex();

/** Entries whose text contains every whitespace-separated term of the query (case-insensitive). */
export function searchCatalogIndex(
  query: string,
  index: readonly CatalogIndexEntry[] = CATALOG_INDEX,
): CatalogIndexEntry[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...index];
  return index.filter((entry) => terms.every((term) => entry.haystack.includes(term)));
}
