import 'server-only';

import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';

import { HTTP_METHODS, type HttpMethod } from '@/lib/http/methods';

import { findService } from './catalog';
import type { CatalogService } from './types';

export type DereferencedDocument = OpenAPIV3_1.Document;
export type DereferencedOperation = OpenAPIV3_1.OperationObject;
export type DereferencedParameter = OpenAPIV3_1.ParameterObject;

export interface ResolvedOperation {
  service: CatalogService;
  method: HttpMethod;
  path: string;
  /** The operation with every `$ref` resolved; `parameters` holds the path-level ones merged in. */
  operation: DereferencedOperation;
  /** Path-item parameters merged with the operation's own (the operation's win on name + in). */
  parameters: DereferencedParameter[];
}

const cache = new Map<string, Promise<DereferencedDocument>>();

/** The service's document with every `$ref` resolved, computed once per process. */
export function dereferenceService(service: CatalogService): Promise<DereferencedDocument> {
  let pending = cache.get(service.id);
  if (!pending) {
    // swagger-parser mutates its input: never hand it the catalog's own object.
    const clone = structuredClone(service.document) as unknown as OpenAPIV3_1.Document;
    pending = SwaggerParser.dereference(clone) as Promise<DereferencedDocument>;
    pending.catch(() => cache.delete(service.id));
    cache.set(service.id, pending);
  }
  return pending;
}

function mergeParameters(
  pathLevel: readonly unknown[] | undefined,
  operationLevel: readonly unknown[] | undefined,
): DereferencedParameter[] {
  const merged = new Map<string, DereferencedParameter>();
  for (const parameter of [...(pathLevel ?? []), ...(operationLevel ?? [])] as DereferencedParameter[]) {
    merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
  }
  return [...merged.values()];
}

/** One operation of the catalog, dereferenced, or undefined when the service or operation is unknown. */
export async function getOperation(
  serviceId: string,
  operationId: string,
): Promise<ResolvedOperation | undefined> {
  const service = findService(serviceId);
  if (!service) return undefined;
  const document = await dereferenceService(service);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method.toLowerCase() as Lowercase<HttpMethod>] as
        DereferencedOperation | undefined;
      if (operation?.operationId !== operationId) continue;
      const parameters = mergeParameters(item.parameters, operation.parameters);
      return { service, method, path, operation: { ...operation, parameters }, parameters };
    }
  }
  return undefined;
}
