import type { HostKind } from '@/lib/citrix/regions';

/** How a service pages its lists, shown on the service overview. */
export type PagingStyle =
  | 'none'
  | 'ContinuationToken (body) / continuationToken (query)'
  | 'continuationToken (body) / requestContinuation (query)'
  | 'ContinuationToken (body and query)'
  | '@odata.nextLink'
  | 'Location header → Jobs (async)';

/** One Citrix Cloud service of the built-in catalog. */
export interface CatalogService {
  /** URL-safe id, e.g. `systemlog`. */
  id: string;
  title: string;
  /** One sentence for the catalog card. */
  summary: string;
  /** Which host of the region table serves it. */
  hostKind: HostKind;
  /** Path prefix on that host, e.g. `/systemlog`; operation paths are relative to it. */
  basePath: string;
  paging: PagingStyle;
  /** Headers every call needs besides Authorization, e.g. Citrix-CustomerId, Citrix-InstanceId. */
  requiredHeaders: string[];
  /** The service's OpenAPI 3.1 description (its own `servers` list the real hosts for display). */
  document: Record<string, unknown>;
}
