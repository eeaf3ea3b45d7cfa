import 'server-only';

import type { OpenAPIV3_1 } from 'openapi-types';

import { HTTP_METHODS, type HttpMethod } from '@/lib/http/methods';
import { dereferenceDocument } from '@/lib/openapi/dereference';
import { mergeParameters } from '@/lib/openapi/merge-parameters';

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
    // A copy: the dereferenced form shares objects between the places a `$ref` pointed from, and
    // the catalog's own description must stay as written (the exports and the sandbox read it).
    const resolved = dereferenceDocument(structuredClone(service.document));
    pending = Promise.resolve(resolved.document as unknown as DereferencedDocument);
    cache.set(service.id, pending);
  }
  return pending;
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
      const parameters = mergeParameters<DereferencedParameter & Record<string, unknown>>(
        item.parameters,
        operation.parameters,
      );
      return { service, method, path, operation: { ...operation, parameters }, parameters };
    }
  }
  return undefined;
}
