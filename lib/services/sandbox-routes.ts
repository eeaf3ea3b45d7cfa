import { REGIONS } from '@/lib/citrix/regions';
import { matchOperation } from '@/lib/openapi/operation-match';
import type { CustomerSource, SandboxHandler } from '@/lib/sandbox/handler';

import { CATALOG } from './catalog';
import { SANDBOX_HANDLERS } from './sandbox-handlers';
import type { CatalogService } from './types';

/** A request matched to a catalog operation the sandbox serves. */
export interface SandboxOperation {
  service: CatalogService;
  operationId: string;
  customer: CustomerSource;
  handler: SandboxHandler;
  params: Record<string, string>;
}

export type SandboxLookup =
  { found: SandboxOperation; pathMatched: true } | { found: undefined; pathMatched: boolean };

interface ServedService {
  service: CatalogService;
  /** Where its paths start inside the sandbox, e.g. `/cvad/manage` or `/core` (lower-cased). */
  prefix: string;
}

/** The sandbox path of a service: its host kind's prefix in the region table, then its basePath. */
function sandboxPrefix(service: CatalogService): string | undefined {
  const host = REGIONS.sandbox.hosts[service.hostKind];
  if (host?.type !== 'sandbox') return undefined;
  return `${host.pathPrefix.replace(/^\/sandbox/, '')}${service.basePath}`.toLowerCase();
}

let served: readonly ServedService[] | undefined;

/** Longest prefix first, so that `/core/...` is never read as a path of a service at the root. */
function servedServices(): readonly ServedService[] {
  served ??= CATALOG.flatMap((service) => {
    const prefix = Object.hasOwn(SANDBOX_HANDLERS, service.id) ? sandboxPrefix(service) : undefined;
    return prefix === undefined ? [] : [{ service, prefix }];
  }).sort((left, right) => right.prefix.length - left.prefix.length);
  return served;
}

function relativePath(pathname: string, prefix: string): string | undefined {
  const lower = pathname.toLowerCase();
  if (prefix === '') return pathname;
  if (lower === prefix) return '/';
  return lower.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}

/** `/x/` ↔ `/x`: the sandbox answers both forms, as the Citrix gateway does. */
function otherSlashForm(path: string): string | undefined {
  if (path === '/') return undefined;
  return path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
}

/**
 * Finds the catalog operation a sandbox path and method address, by matching the path against the
 * service's own description with the proxy's matcher (lib/openapi/operation-match.ts): the paths
 * are written once, in the description.
 */
export function findSandboxOperation(method: string, pathname: string): SandboxLookup {
  let pathMatched = false;
  for (const { service, prefix } of servedServices()) {
    const relative = relativePath(pathname, prefix);
    if (relative === undefined) continue;
    const handlers = SANDBOX_HANDLERS[service.id]!;
    for (const candidate of [relative, otherSlashForm(relative)]) {
      if (candidate === undefined) continue;
      const match = matchOperation(service.document, method, candidate);
      if (!match.ok) {
        pathMatched ||= match.reason === 'no-method';
        continue;
      }
      pathMatched = true;
      const operationId = match.operationId;
      if (!operationId || !Object.hasOwn(handlers.operations, operationId)) continue;
      const handler = handlers.operations[operationId]!;
      return {
        found: {
          service,
          operationId,
          customer: handlers.customer,
          handler,
          params: match.params,
        },
        pathMatched: true,
      };
    }
  }
  return { found: undefined, pathMatched };
}
