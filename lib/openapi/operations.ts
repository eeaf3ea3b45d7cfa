import { isRecord } from '@/lib/json/is-record';

import { DOCUMENT_METHODS, type DocumentMethod, type ImportedOperationEntry } from './types';

/** An id for an operation without one: `put_customer_AuthDomains` for `PUT /{customer}/AuthDomains`. */
export function syntheticOperationId(method: DocumentMethod, path: string): string {
  const words = path
    .replace(/[{}]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words].join('_');
}

/** The first line of a description, shortened, as a fallback summary. */
function firstLine(text: unknown, limit = 120): string | undefined {
  if (typeof text !== 'string') return undefined;
  const line = text.trim().split('\n')[0]?.trim();
  if (!line) return undefined;
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

/**
 * Every operation of a document (Swagger 2.0 or OpenAPI 3.x: the paths part is the same), in
 * document order, each with a precomputed lower-case haystack so that a search keystroke is one
 * `includes` per entry. Operations without an operationId get one made from method and path;
 * duplicates get a numeric suffix, so every entry has a unique id for its URL.
 */
export function indexOperations(
  document: Record<string, unknown>,
  docId: string,
  docTitle: string,
): ImportedOperationEntry[] {
  const paths = document.paths;
  if (!isRecord(paths)) return [];
  const entries: ImportedOperationEntry[] = [];
  const used = new Set<string>();
  const title = docTitle.toLowerCase();
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of DOCUMENT_METHODS) {
      const operation = item[method.toLowerCase()];
      if (!isRecord(operation)) continue;
      const declared =
        typeof operation.operationId === 'string' && operation.operationId.trim() !== ''
          ? operation.operationId.trim()
          : undefined;
      const base = declared ?? syntheticOperationId(method, path);
      let operationId = base;
      for (let suffix = 2; used.has(operationId); suffix++) operationId = `${base}_${suffix}`;
      used.add(operationId);
      const tags = Array.isArray(operation.tags)
        ? operation.tags.filter((tag): tag is string => typeof tag === 'string')
        : [];
      const summary =
        (typeof operation.summary === 'string' && operation.summary.trim()) ||
        firstLine(operation.description) ||
        `${method} ${path}`;
      entries.push({
        docId,
        operationId,
        syntheticId: declared === undefined,
        method,
        path,
        summary,
        tags,
        deprecated: operation.deprecated === true,
        haystack: `${title} ${operationId} ${method} ${path} ${summary} ${tags.join(' ')}`.toLowerCase(),
      });
    }
  }
  return entries;
}
