import type { CatalogIndexEntry } from '@/lib/services/catalog-index';

/**
 * Search results, best first: an exact operationId, then a summary or operationId that starts
 * with the query, then one that contains it, then the rest (path or tag matches), capped.
 * Matching is every whitespace-separated term against the entry's precomputed lower-case
 * haystack, as lib/services/catalog-index.ts does; it is repeated here (type-only import) so the
 * browser bundle never pulls in the catalog's documents.
 */
export function rankResults<T extends CatalogIndexEntry>(
  index: readonly T[],
  query: string,
  limit: number,
): { results: T[]; total: number } {
  const needle = query.trim().toLowerCase();
  if (needle === '') return { results: [], total: 0 };
  const terms = needle.split(/\s+/);
  const matches = index.filter((entry) => terms.every((term) => entry.haystack.includes(term)));
  const score = (entry: T) => {
    const id = entry.operationId.toLowerCase();
    const summary = entry.summary.toLowerCase();
    if (id === needle) return 0;
    if (summary.startsWith(needle) || id.startsWith(needle)) return 1;
    if (summary.includes(needle) || id.includes(needle)) return 2;
    return 3;
  };
  const ranked = matches
    .map((entry, order) => ({ entry, order, score: score(entry) }))
    .sort((a, b) => a.score - b.score || a.order - b.order);
  return { results: ranked.slice(0, limit).map((item) => item.entry), total: matches.length };
}
