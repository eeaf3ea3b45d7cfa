import { displayUrl, resolveHost, type RegionId } from '@/lib/citrix/regions';
import type { InvokeTarget } from '@/lib/openapi/servers';

/**
 * The imported document as exported (Postman collection, OpenAPI download) for a region: its
 * `servers` replaced by the one URL calls go to there (the Server set for it, or the mapped
 * server), so the export calls what Invoke API calls. Shallow: the paths are shared, not copied.
 */
export function documentForExport(
  document: Record<string, unknown>,
  target: InvokeTarget,
  region: RegionId,
  appOrigin: string,
): Record<string, unknown> {
  if (!target.ok) return document;
  const host = resolveHost(region, target.hostKind);
  if (!host) return document;
  return { ...document, servers: [{ url: displayUrl(host, target.basePath, appOrigin) }] };
}

/** `Administrators APIs` → `administrators-apis`, for file names. */
export function exportFileStem(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64) || 'imported-api'
  );
}
