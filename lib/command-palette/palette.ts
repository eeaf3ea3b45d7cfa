/**
 * The command palette's model. What it lists comes from sources: the built-in ones (actions,
 * operations) and any a feature registers (connection profiles, imported APIs…) with
 * registerPaletteSource / usePaletteSource. Pure apart from the small registry store.
 */

export interface PaletteItem {
  /** Unique within its source. */
  id: string;
  label: string;
  /** A second line, e.g. the service and path of an operation. */
  detail?: string;
  /** A short badge before the label, e.g. the HTTP method. */
  badge?: string;
  /** Extra words the query may match (synonyms). */
  keywords?: string;
  /** What choosing the item does; runs after the palette has closed. */
  run: () => void;
}

export interface PaletteSource {
  /** Unique id, e.g. `profiles`. */
  id: string;
  /** The group heading in the palette, e.g. "Profiles". */
  group: string;
  /** Lower comes first; built-in actions are 0, operations 100. */
  order?: number;
  /** Whether the group shows before anything is typed (operations do not: there are too many). */
  showWhenEmpty?: boolean;
  /** The items for a query (already matched and ranked by the source), or a fixed list the palette filters. */
  items: readonly PaletteItem[] | ((query: string) => readonly PaletteItem[]);
}

export interface PaletteGroup {
  source: PaletteSource;
  items: readonly PaletteItem[];
}

/** Every whitespace-separated term of the query appears in the item's label, detail, badge or keywords. */
export function matchesQuery(item: PaletteItem, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = [item.label, item.detail ?? '', item.badge ?? '', item.keywords ?? '']
    .join(' ')
    .toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** The groups to show for a query, in source order, empty groups left out. */
export function paletteGroups(
  sources: readonly PaletteSource[],
  query: string,
  perGroup = 20,
): PaletteGroup[] {
  const empty = query.trim() === '';
  return [...sources]
    .sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
    .filter((source) => !empty || source.showWhenEmpty !== false)
    .map((source) => {
      const items =
        typeof source.items === 'function'
          ? source.items(query)
          : source.items.filter((item) => matchesQuery(item, query));
      return { source, items: items.slice(0, perGroup) };
    })
    .filter((group) => group.items.length > 0);
}

// ---- the registry: sources other features add ----

let registered: readonly PaletteSource[] = [];
const listeners = new Set<() => void>();

/** Adds a source to the palette (replacing one with the same id); returns the function that removes it. */
export function registerPaletteSource(source: PaletteSource): () => void {
  registered = [...registered.filter((entry) => entry.id !== source.id), source];
  for (const listener of listeners) listener();
  return () => {
    if (!registered.includes(source)) return;
    registered = registered.filter((entry) => entry !== source);
    for (const listener of listeners) listener();
  };
}

export function subscribePaletteSources(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registeredPaletteSources(): readonly PaletteSource[] {
  return registered;
}

const NONE: readonly PaletteSource[] = [];
export const noPaletteSources = () => NONE;
