import type { RegionId } from '@/lib/citrix/region-ids';
import {
  allowedRemoteHostnames,
  HOST_KINDS,
  REGION_LIST,
  REGIONS,
  resolveHost,
  type HostKind,
} from '@/lib/citrix/regions';
import { pathProblem } from '@/lib/proxy/path-rules';

import type { ServerMapping } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The host kinds a hostname has in the region table, in table order (e.g. api.cloud.com → global). */
export function hostKindsOf(hostname: string): HostKind[] {
  const kinds = new Set<HostKind>();
  for (const region of REGION_LIST) {
    for (const kind of HOST_KINDS) {
      const entry = region.hosts[kind];
      if (entry?.type === 'remote' && entry.hostname === hostname) kinds.add(kind);
    }
  }
  return [...kinds];
}

/** `https://{api}.wem.cloud.com/` with its variables' defaults filled in. */
function substituteVariables(url: string, variables: unknown): string {
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = isRecord(variables) ? variables[name] : undefined;
    return isRecord(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
}

function tableHosts(): string {
  return [...allowedRemoteHostnames()].join(', ');
}

/** What a server would have to look like to be callable: same path, on the global gateway. */
function suggestion(pathname: string): string {
  const path = pathname.replace(/\/+$/, '') || '/<base path>';
  return `To invoke its operations the document needs a server on a host of the region table (${tableHosts()}), e.g. https://api.cloud.com${path}.`;
}

/**
 * Maps one server URL of an imported document onto the closed region table, or says why it
 * cannot. Only the host KIND and the base path come out of this: the origin is always the
 * region table's, so an imported document can never widen what the proxy may reach. A regional
 * gateway and api.cloud.com map to kind `gateway` (the region picks the host; the request form
 * still offers api.cloud.com where the region has it), as the built-in catalog does.
 */
export function mapServerUrl(
  rawUrl: string,
  variables?: unknown,
): Omit<Extract<ServerMapping, { ok: true }>, 'url' | 'description'> | { ok: false; reason: string } {
  const url = substituteVariables(rawUrl.trim(), variables);
  if (/\{[^}]+\}/.test(url))
    return { ok: false, reason: `The server URL ${rawUrl} has a variable without a default.` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      ok: false,
      reason: `The server URL ${rawUrl} is relative: an imported document has no address of its own to resolve it against. ${suggestion(url.startsWith('/') ? url : `/${url}`)}`,
    };
  }
  if (parsed.protocol !== 'https:')
    return {
      ok: false,
      reason: `The server URL ${rawUrl} is not https; the proxy only calls Citrix Cloud over https. ${suggestion(parsed.pathname)}`,
    };
  if (parsed.username || parsed.password)
    return {
      ok: false,
      reason: `The server URL ${rawUrl} carries credentials, which the proxy never sends.`,
    };
  if (parsed.port !== '')
    return {
      ok: false,
      reason: `The server URL ${rawUrl} names port ${parsed.port}; the proxy only calls the standard https port.`,
    };
  if (parsed.search || parsed.hash)
    return {
      ok: false,
      reason: `The server URL ${rawUrl} has a query or fragment, which a base URL cannot have.`,
    };
  const hostname = parsed.hostname.toLowerCase();
  const kinds = hostKindsOf(hostname);
  if (kinds.length === 0)
    return {
      ok: false,
      reason: `${hostname} is not a host of the region table, so the proxy will not call it. ${suggestion(parsed.pathname)}`,
    };
  const hostKind: HostKind = kinds.includes('gateway') || kinds.includes('global') ? 'gateway' : kinds[0]!;
  const basePath = parsed.pathname.replace(/\/+$/, '');
  // The path as written is checked too: URL parsing folds `%2e%2e` and `..` away.
  const written = /^[a-z]+:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1]?.replace(/\/+$/, '') ?? '';
  const problem = [written, basePath]
    .filter((path) => path !== '')
    .map(pathProblem)
    .find(Boolean);
  if (problem) return { ok: false, reason: `The base path of ${rawUrl} ${problem}.` };
  return { ok: true, hostKind, basePath, hostname };
}

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
  { ok: true; hostKind: HostKind; basePath: string; server: string } | { ok: false; reason: string };

/**
 * Where calls go in a region: the first server that maps onto a host kind the region has. When
 * none does, the reason names each server's problem (and so which server the document would need).
 */
export function targetForRegion(servers: readonly ServerMapping[], region: RegionId): InvokeTarget {
  if (servers.length === 0) {
    return { ok: false, reason: `The document lists no servers. ${suggestion('/<base path>')}` };
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
  return {
    ok: false,
    reason: servers
      .map((server) => (server.ok ? '' : server.reason))
      .filter(Boolean)
      .join(' '),
  };
}
