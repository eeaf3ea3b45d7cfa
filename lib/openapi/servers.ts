import { pathProblem } from '@/lib/citrix/path-rules';
import { HOST_KIND_LABELS, REGIONS, resolveHost, type HostKind, type RegionId } from '@/lib/citrix/regions';
import { hostKindsOf, mapServerUrl } from '@/lib/citrix/server-url';
import { isRecord } from '@/lib/json/is-record';

import type { ServerMapping, ServerOverride } from './types';

export { hostKindsOf, mapServerUrl };

/** Every server of an (OpenAPI 3.x) document, mapped; none when the document lists no servers. */
export function mapServers(document: Record<string, unknown>): ServerMapping[] {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  return servers.filter(isRecord).flatMap((server): ServerMapping[] => {
    if (typeof server.url !== 'string') return [];
    const description = typeof server.description === 'string' ? server.description : undefined;
    const mapped = mapServerUrl(server.url, server.variables);
    const base = description === undefined ? { url: server.url } : { url: server.url, description };
    return [{ ...base, ...mapped } as ServerMapping];
  });
}

export type InvokeTarget =
  | { ok: true; hostKind: HostKind; basePath: string; server: string; overridden?: boolean }
  | { ok: false; reason: string; hostnames?: string[] };

/** Why a Server override cannot be used, or undefined when it can (the invoke route checks again). */
export function overrideProblem(override: ServerOverride): string | undefined {
  if (!Object.hasOwn(HOST_KIND_LABELS, override.hostKind))
    return `${String(override.hostKind)} is not a host kind of the region table.`;
  if (override.basePath === '') return undefined;
  const problem = pathProblem(override.basePath);
  return problem ? `The base path ${problem}.` : undefined;
}

/**
 * Where calls go in a region: the first server that maps onto a host kind the region has. When
 * none does, the reason names each server's problem (and so which server the document would need).
 */
export function targetForRegion(
  servers: readonly ServerMapping[],
  region: RegionId,
  override?: ServerOverride,
): InvokeTarget {
  if (override) {
    const problem = overrideProblem(override);
    if (problem) return { ok: false, reason: `The Server set for this document cannot be used: ${problem}` };
    if (!resolveHost(region, override.hostKind))
      return {
        ok: false,
        reason: `The Server set for this document (${HOST_KIND_LABELS[override.hostKind]}) has no host in region ${REGIONS[region].label}. Pick another region or another Server.`,
      };
    const host = resolveHost(region, override.hostKind)!;
    const origin = host.type === 'remote' ? host.origin : host.pathPrefix;
    return {
      ok: true,
      hostKind: override.hostKind,
      basePath: override.basePath,
      server: `${origin}${override.basePath}`,
      overridden: true,
    };
  }
  if (servers.length === 0) {
    return {
      ok: false,
      reason:
        'The document lists no servers. Set a Server for it: a host of the region table and a base path.',
    };
  }
  for (const server of servers) {
    if (server.ok && resolveHost(region, server.hostKind))
      return { ok: true, hostKind: server.hostKind, basePath: server.basePath, server: server.url };
  }
  const mapped = servers.filter((server) => server.ok);
  if (mapped.length > 0) {
    return {
      ok: false,
      reason: `The document's servers (${mapped.map((server) => server.url).join(', ')}) have no host in region ${REGIONS[region].label}. Pick another region.`,
    };
  }
  const hostnames = servers.flatMap((server) => (!server.ok && server.hostname ? [server.hostname] : []));
  return {
    ok: false,
    reason: servers
      .map((server) => (server.ok ? '' : server.reason))
      .filter(Boolean)
      .join(' '),
    ...(hostnames.length > 0 ? { hostnames } : {}),
  };
}
