import { HTTP_METHODS, type HttpMethod } from '@/lib/http/methods';
import { isRecord } from '@/lib/json/is-record';

import type { CatalogService } from './types';

/** Pure and client-safe: reads only the raw (non-dereferenced) document of a service. */

export interface OperationSummary {
  serviceId: string;
  operationId: string;
  method: HttpMethod;
  /** Relative to the service's basePath, with `{param}` placeholders, e.g. `/Machines/{nameOrId}/$start`. */
  path: string;
  summary: string;
  tags: string[];
  deprecated: boolean;
}

export interface TagGroup {
  tag: string;
  operations: OperationSummary[];
}

const UNTAGGED = 'Other';

/** Every operation of a service, in document order (paths, then GET, POST, PUT, PATCH, DELETE). */
export function listOperations(service: CatalogService): OperationSummary[] {
  const paths = service.document.paths;
  if (!isRecord(paths)) return [];
  const operations: OperationSummary[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method.toLowerCase()];
      if (!isRecord(operation) || typeof operation.operationId !== 'string') continue;
      operations.push({
        serviceId: service.id,
        operationId: operation.operationId,
        method,
        path,
        summary: typeof operation.summary === 'string' ? operation.summary : `${method} ${path}`,
        tags: Array.isArray(operation.tags)
          ? operation.tags.filter((tag): tag is string => typeof tag === 'string')
          : [],
        deprecated: operation.deprecated === true,
      });
    }
  }
  return operations;
}

/**
 * Groups operations by their first tag, keeping the order in which tags first appear (an
 * operation without tags goes under "Other", last).
 */
export function groupByTag(operations: readonly OperationSummary[]): TagGroup[] {
  const groups = new Map<string, OperationSummary[]>();
  for (const operation of operations) {
    const tag = operation.tags[0] ?? UNTAGGED;
    const group = groups.get(tag);
    if (group) group.push(operation);
    else groups.set(tag, [operation]);
  }
  const result = [...groups].map(([tag, ops]) => ({ tag, operations: ops }));
  const untagged = result.findIndex((group) => group.tag === UNTAGGED);
  if (untagged >= 0) result.push(...result.splice(untagged, 1));
  return result;
}
