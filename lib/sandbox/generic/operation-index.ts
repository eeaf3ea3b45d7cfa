import { HTTP_METHODS } from '@/lib/http/methods';
import { isRecord } from '@/lib/json/is-record';

/**
 * The operations of one description as the sandbox serves them: each with its path template split
 * into segments, so a request path can be matched against it. The request path carries whatever
 * base path the document's server (or the user's Server choice) put in front, so a template
 * matches the END of the path: `/services/wem/machines/7` matches `/machines/{id}` with base
 * `/services/wem`.
 */

export type Json = Record<string, unknown>;

export interface IndexedOperation {
  /** Upper case, e.g. `GET`. */
  method: string;
  /** The path as the document writes it, e.g. `/machines/{id}`. */
  template: string;
  segments: string[];
  operation: Json;
  /** The path item (its parameters apply to every operation of the path). */
  pathItem: Json;
}

export interface OperationMatch {
  operation: IndexedOperation;
  params: Record<string, string>;
  /** What came before the template, e.g. `/services/wem`. */
  basePath: string;
}

export function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

const isParameter = (segment: string) => /^\{[^{}]+\}$/.test(segment);

export function indexOperations(document: Json): IndexedOperation[] {
  const paths = isRecord(document.paths) ? document.paths : {};
  const operations: IndexedOperation[] = [];
  for (const [template, pathItem] of Object.entries(paths)) {
    if (!isRecord(pathItem)) continue;
    // The methods the proxy can send: the others cannot reach the sandbox.
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method.toLowerCase()];
      if (!isRecord(operation)) continue;
      operations.push({
        method,
        template,
        segments: splitPath(template),
        operation,
        pathItem,
      });
    }
  }
  return operations;
}

/** Matches `have` (the request's segments) against a template's segments at the end; the params or undefined. */
function matchTail(segments: string[], have: string[]): Record<string, string> | undefined {
  const offset = have.length - segments.length;
  if (offset < 0) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const expected = segments[index]!;
    const actual = have[offset + index]!;
    if (isParameter(expected)) {
      try {
        params[expected.slice(1, -1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (expected.toLowerCase() !== actual.toLowerCase()) return undefined;
  }
  return params;
}

/**
 * The operation a request names: among the templates whose end matches, the one with the most
 * literal segments (so `/machines/$count` wins over `/machines/{id}`), then the longest.
 * `pathMatched` says whether some template matched with another method (then the answer is 405).
 */
export function matchOperation(
  operations: readonly IndexedOperation[],
  method: string,
  pathname: string,
): { match: OperationMatch | undefined; pathMatched: boolean } {
  const have = splitPath(pathname);
  let best: OperationMatch | undefined;
  let bestScore = -1;
  let pathMatched = false;
  for (const operation of operations) {
    const params = matchTail(operation.segments, have);
    if (!params) continue;
    pathMatched = true;
    if (operation.method !== method) continue;
    const literals = operation.segments.filter((segment) => !isParameter(segment)).length;
    const score = literals * 1000 + operation.segments.length;
    if (score > bestScore) {
      bestScore = score;
      const base = have.slice(0, have.length - operation.segments.length);
      best = { operation, params, basePath: base.length ? `/${base.join('/')}` : '' };
    }
  }
  return { match: best, pathMatched };
}
