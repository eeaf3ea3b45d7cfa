import { searchCatalogIndex, type CatalogIndexEntry } from '@/lib/catalog/catalog-index';

/**
 * Search results, best first: an exact operationId, then a summary or operationId that starts
 * with the query, then one that contains it, then the rest (path or tag matches), capped.
 */
export function rankResults(index: readonly CatalogIndexEntry[], query: string, limit: number) {
  const needle = query.trim().toLowerCase();
  if (needle === '') return { results: [], total: 0 };
  const matches = searchCatalogIndex(needle, index);
  const score = (entry: CatalogIndexEntry) => {
    const id = entry.operationId.toLowerCase();
    const summary = entry.summary.toLowerCase();
    if (id === needle) return 0;
    if (summary.startsWith(needle) || id.startsWith(needle)) return 1;
    if (summary.includes(needle) || id.includes(needle)) return 2;
    return 3;
  };
  const ranked = matches.map((entry, order) => ({ entry, order, score: score(entry) })).sort((a, b) => a.score - b.score || a.order - b.order);
  return { results: ranked.slice(0, limit).map((item) => item.entry), total: matches.length };
}
