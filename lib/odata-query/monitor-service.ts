import { displayUrl, resolveHost, type RegionId } from '@/lib/citrix/regions';
import type { InvokeRequestInput } from '@/lib/schemas/invoke';

/**
 * The catalog's Monitor Service OData entry, as far as the builder needs it. Kept here rather than
 * importing the catalog, which would ship every OpenAPI document to the browser; a test checks
 * it against the catalog.
 */
export const MONITOR_SERVICE = {
  id: 'monitorodata',
  hostKind: 'gateway',
  basePath: '/monitorodata',
} as const;

/** The service root for a region (the sandbox's lives under this app's origin). */
export function monitorServiceRoot(region: RegionId, appOrigin: string): string | undefined {
  const target = resolveHost(region, MONITOR_SERVICE.hostKind);
  return target && displayUrl(target, MONITOR_SERVICE.basePath, appOrigin);
}

/** Encodes a query value, leaving the characters OData queries are read with (`$ , ' ( ) : /`) as they are. */
function readable(value: string): string {
  return encodeURIComponent(value).replace(/%(24|2C|3A|2F)/gi, (escape) => decodeURIComponent(escape));
}

/** The URL a person reads and copies: `https://…/monitorodata/Sessions?$filter=…&$top=10`. */
export function odataUrl(serviceRoot: string, path: string, query: readonly [string, string][]): string {
  if (query.length === 0) return `${serviceRoot}${path}`;
  return `${serviceRoot}${path}?${query.map(([name, value]) => `${readable(name)}=${readable(value)}`).join('&')}`;
}

/**
 * The body of `POST /api/invoke` for a Monitor query: the same shape the invoke form sends. The
 * server adds the session's token; the browser never holds it.
 */
export function monitorInvokeRequest(
  region: RegionId,
  customerId: string,
  path: string,
  query: readonly [string, string][],
): InvokeRequestInput {
  return {
    region,
    serviceId: MONITOR_SERVICE.id,
    server: 'regional',
    method: 'GET',
    path,
    query: [...query],
    headers: [
      ['Citrix-CustomerId', customerId],
      ['Accept', 'application/json'],
    ],
  };
}
