import { HTTP_METHODS, type HttpMethod } from '@/lib/http/methods';
import { indexOperations } from '@/lib/openapi/operations';

import type { CatalogService } from './types';

/**
 * The operations of a built-in service, read with the same index as an imported document's
 * (lib/openapi/operations.ts). Pure and client-safe.
 */

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

const isHttpMethod = (method: string): method is HttpMethod =>
  (HTTP_METHODS as readonly string[]).includes(method);

/** Every operation of a service, in document order. */
export function listOperations(service: CatalogService): OperationSummary[] {
  return indexOperations(service.document, service.id, service.title).flatMap((entry) =>
    isHttpMethod(entry.method)
      ? [
          {
            serviceId: service.id,
            operationId: entry.operationId,
            method: entry.method,
            path: entry.path,
            summary: entry.summary,
            tags: entry.tags,
            deprecated: entry.deprecated,
          },
        ]
      : [],
  );
}
