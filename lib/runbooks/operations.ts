import type { HttpMethod } from '@/lib/http/methods';
import { CATALOG } from '@/lib/services/catalog';
import { listOperations } from '@/lib/services/operations';
import type { CatalogService } from '@/lib/services/types';

import { pointerTokens } from './expressions';

/** A step's operation, found in the built-in catalog: the only operations a runbook may call. */
export interface ResolvedOperation {
  serviceId: string;
  operationId: string;
  method: HttpMethod;
  /** Relative to the service's base path, with `{param}` placeholders. */
  path: string;
  basePath: string;
  /** Headers the service needs on every call (Citrix-CustomerId, Citrix-InstanceId). */
  requiredHeaders: string[];
}

function resolved(service: CatalogService, operation: ReturnType<typeof listOperations>[number]) {
  return {
    serviceId: service.id,
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    basePath: service.basePath,
    requiredHeaders: service.requiredHeaders,
  };
}

const BY_ID = new Map<string, ResolvedOperation>();
for (const service of CATALOG)
  for (const operation of listOperations(service))
    if (!BY_ID.has(operation.operationId)) BY_ID.set(operation.operationId, resolved(service, operation));

/** Every operation id of the catalog (for messages and the editor's hints). */
export const CATALOG_OPERATION_IDS: readonly string[] = [...BY_ID.keys()];

/** The source description a runbook names for a catalog service: its name is the service id. */
export function sourceUrlFor(serviceId: string): string {
  return `https://developer-docs.citrix.com/openapi/${serviceId}.json`;
}

/**
 * Finds an `operationId` (bare, or `$sourceDescriptions.<service>.<operationId>`) in the catalog.
 * `sources` maps a document's source names to catalog service ids.
 */
export function resolveOperationId(
  operationId: string,
  sources: ReadonlyMap<string, string>,
): ResolvedOperation | undefined {
  const qualified = /^\$sourceDescriptions\.([A-Za-z0-9_-]+)\.(.+)$/.exec(operationId);
  const id = qualified ? qualified[2]! : operationId;
  const found = BY_ID.get(id);
  if (!found) return undefined;
  if (qualified && sources.get(qualified[1]!) !== found.serviceId) return undefined;
  return found;
}

/**
 * Finds an `operationPath` (`{$sourceDescriptions.daas.url}#/paths/~1Machines~1{nameOrId}/get`)
 * in the catalog: the source names the service, the pointer its path and method.
 */
export function resolveOperationPath(
  operationPath: string,
  sources: ReadonlyMap<string, string>,
): ResolvedOperation | undefined {
  const match = /^\{\$sourceDescriptions\.([A-Za-z0-9_-]+)\.url\}(#.*)$/.exec(operationPath.trim());
  if (!match) return undefined;
  const serviceId = sources.get(match[1]!);
  const tokens = pointerTokens(match[2]!);
  if (!serviceId || !tokens || tokens.length !== 3 || tokens[0] !== 'paths') return undefined;
  const service = CATALOG.find((candidate) => candidate.id === serviceId);
  if (!service) return undefined;
  const operation = listOperations(service).find(
    (candidate) =>
      candidate.path === tokens[1] && candidate.method.toLowerCase() === tokens[2]!.toLowerCase(),
  );
  return operation ? resolved(service, operation) : undefined;
}

/** The catalog service a source description names: by `name` (a service id) or by its URL. */
export function serviceOfSource(source: { name: string; url: string }): string | undefined {
  const byName = CATALOG.find((service) => service.id === source.name);
  if (byName) return byName.id;
  return CATALOG.find((service) => source.url === sourceUrlFor(service.id))?.id;
}
