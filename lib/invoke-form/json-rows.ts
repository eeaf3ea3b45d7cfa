/**
 * A JSON value as the flat list of rows a tree view shows, built without recursion: a body nested
 * ten thousand levels deep or holding a million items costs only the rows on screen. Paths are
 * JSON Pointers (`/Items/0/Name`).
 */

export type JsonPrimitive = string | number | boolean | null;
type Container = unknown[] | Record<string, unknown>;

export type JsonRow =
  | {
      kind: 'leaf';
      path: string;
      depth: number;
      name?: string | number;
      value: JsonPrimitive | '[]' | '{}';
      empty?: boolean;
      last: boolean;
    }
  | {
      kind: 'open';
      path: string;
      depth: number;
      name?: string | number;
      isArray: boolean;
      count: number;
      open: boolean;
      last: boolean;
    }
  | { kind: 'close'; path: string; depth: number; isArray: boolean; last: boolean }
  | { kind: 'more'; path: string; depth: number; shown: number; total: number };

export interface RowOptions {
  /** Whether the container at this path (and depth) is open. */
  isOpen: (path: string, depth: number) => boolean;
  /** How many children of this container are shown. */
  limitOf: (path: string) => number;
  /** Rows beyond this are not built (the view offers to show more). */
  maxRows: number;
}

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

export function childPath(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function size(value: Container): number {
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}

interface Frame {
  path: string;
  depth: number;
  value: Container;
  keys: (string | number)[];
  index: number;
  limit: number;
  total: number;
  last: boolean;
}

/** The rows to show, in order, and whether `maxRows` cut them short. */
export function jsonRows(root: unknown, options: RowOptions): { rows: JsonRow[]; truncated: boolean } {
  const rows: JsonRow[] = [];
  const stack: Frame[] = [];

  const visit = (
    value: unknown,
    path: string,
    depth: number,
    name: string | number | undefined,
    last: boolean,
  ) => {
    if (!isContainer(value)) {
      rows.push({ kind: 'leaf', path, depth, name, value: (value ?? null) as JsonPrimitive, last });
      return;
    }
    const isArray = Array.isArray(value);
    const count = size(value);
    if (count === 0) {
      rows.push({ kind: 'leaf', path, depth, name, value: isArray ? '[]' : '{}', empty: true, last });
      return;
    }
    const open = options.isOpen(path, depth);
    rows.push({ kind: 'open', path, depth, name, isArray, count, open, last });
    if (!open) return;
    const limit = Math.min(count, options.limitOf(path));
    const keys: (string | number)[] = isArray
      ? Array.from({ length: limit }, (_, index) => index)
      : Object.keys(value).slice(0, limit);
    stack.push({ path, depth, value, keys, index: 0, limit, total: count, last });
  };

  visit(root, '', 0, undefined, true);
  while (stack.length > 0) {
    if (rows.length >= options.maxRows) return { rows, truncated: true };
    const frame = stack[stack.length - 1]!;
    if (frame.index < frame.keys.length) {
      const key = frame.keys[frame.index++]!;
      const child = Array.isArray(frame.value)
        ? frame.value[key as number]
        : (frame.value as Record<string, unknown>)[key as string];
      visit(child, childPath(frame.path, key), frame.depth + 1, key, frame.index === frame.total);
      continue;
    }
    stack.pop();
    if (frame.limit < frame.total)
      rows.push({
        kind: 'more',
        path: frame.path,
        depth: frame.depth + 1,
        shown: frame.limit,
        total: frame.total,
      });
    rows.push({
      kind: 'close',
      path: frame.path,
      depth: frame.depth,
      isArray: Array.isArray(frame.value),
      last: frame.last,
    });
  }
  return { rows, truncated: false };
}

export interface SearchResult {
  /** Paths of the nodes that match (their key or their value). */
  matches: Set<string>;
  /** Containers that must be open to show the matches, with how many children to show. */
  reveal: Map<string, number>;
  /** More matches exist than were collected. */
  capped: boolean;
}

/**
 * Finds keys and values containing `query` (case-insensitive), without recursion, and which
 * containers to open to show them. Stops after `maxMatches`.
 */
export function searchJson(root: unknown, query: string, maxMatches = 200): SearchResult {
  const result: SearchResult = { matches: new Set(), reveal: new Map(), capped: false };
  const needle = query.trim().toLowerCase();
  if (needle === '') return result;
  // Each entry: the value, its path, and a link to the container above it (walked only on a match).
  interface Link {
    container: string;
    index: number;
    up?: Link;
  }
  const stack: { value: unknown; path: string; name?: string | number; up?: Link }[] = [
    { value: root, path: '' },
  ];
  while (stack.length > 0) {
    const { value, path, name, up } = stack.pop()!;
    const keyHit = typeof name === 'string' && name.toLowerCase().includes(needle);
    const valueHit = !isContainer(value) && String(value).toLowerCase().includes(needle);
    if (keyHit || valueHit) {
      if (result.matches.size >= maxMatches) {
        result.capped = true;
        break;
      }
      result.matches.add(path);
      for (let link = up; link; link = link.up)
        result.reveal.set(link.container, Math.max(result.reveal.get(link.container) ?? 0, link.index + 1));
    }
    if (!isContainer(value)) continue;
    const keys: (string | number)[] = Array.isArray(value)
      ? value.map((_, index) => index)
      : Object.keys(value);
    // Pushed in reverse so matches are found in document order.
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const child = Array.isArray(value)
        ? value[key as number]
        : (value as Record<string, unknown>)[key as string];
      stack.push({ value: child, path: childPath(path, key), name: key, up: { container: path, index, up } });
    }
  }
  return result;
}
