/**
 * List helpers shared by the sidebar, a service's operation list and an imported document's list.
 * Apart from ./operations (which indexes documents) so that the browser's first load, where the
 * sidebar runs, carries these two functions and nothing else of it.
 */

/**
 * The tag groups of a list of operations (built-in or imported), by first tag, in first-seen order;
 * untagged ones last, under "Other".
 */
export function groupEntriesByTag<T extends { tags: readonly string[] }>(
  entries: readonly T[],
): { tag: string; operations: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const tag = entry.tags[0] ?? 'Other';
    const group = groups.get(tag);
    if (group) group.push(entry);
    else groups.set(tag, [entry]);
  }
  const result = [...groups].map(([tag, operations]) => ({ tag, operations }));
  const other = result.findIndex((group) => group.tag === 'Other');
  if (other >= 0) result.push(...result.splice(other, 1));
  return result;
}

/** Entries containing every whitespace-separated term of the query (case-insensitive). */
export function filterEntries<T extends { haystack: string }>(
  entries: readonly T[],
  query: string,
): readonly T[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return entries;
  return entries.filter((entry) => terms.every((term) => entry.haystack.includes(term)));
}
