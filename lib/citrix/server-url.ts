import { pathProblem } from '@/lib/citrix/path-rules';
import { HOST_KINDS, REGION_LIST, type HostKind } from '@/lib/citrix/regions';
import { isRecord } from '@/lib/json/is-record';

/**
 * A server URL (an imported document's, or one a person typed) mapped onto the closed region
 * table. Only a host KIND and a base path ever come out of it: the origin is always the table's,
 * so no document or override can widen what the proxy reaches. Pure; the browser (the Server
 * control, the import) and the proxy run the same code.
 */
export type MappedServerUrl =
  | { ok: true; hostKind: HostKind; basePath: string; hostname: string }
  | { ok: false; reason: string; hostname?: string };

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
export function substituteVariables(url: string, variables: unknown): string {
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = isRecord(variables) && Object.hasOwn(variables, name) ? variables[name] : undefined;
    return isRecord(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const SET_A_SERVER = 'Set a Server for it: a host of the region table and a base path.';

/** What the proxy makes of a server URL: a host kind and base path, or why not (naming the host). */
export function mapServerUrl(rawUrl: string, variables?: unknown): MappedServerUrl {
  const url = substituteVariables(rawUrl.trim(), variables);
  if (/\{[^}]+\}/.test(url))
    return {
      ok: false,
      reason: `The server URL ${rawUrl} has a variable without a default. ${SET_A_SERVER}`,
    };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      ok: false,
      reason: `The server URL ${rawUrl} is relative: an imported document has no address of its own to resolve it against. ${SET_A_SERVER}`,
    };
  }
  const hostname = parsed.hostname.toLowerCase();
  const refuse = (reason: string): MappedServerUrl => ({ ok: false, reason, hostname });
  if (parsed.protocol !== 'https:')
    return refuse(`The server URL ${rawUrl} is not https; the proxy only calls Citrix Cloud over https.`);
  if (parsed.username || parsed.password)
    return refuse(`The server URL ${rawUrl} carries credentials, which the proxy never sends.`);
  if (IPV4.test(hostname) || hostname.startsWith('['))
    return refuse(
      `${hostname} is an IP address; the proxy only calls the named hosts of the region table. ${SET_A_SERVER}`,
    );
  if (parsed.port !== '')
    return refuse(
      `${hostname}:${parsed.port} names port ${parsed.port}; the proxy only calls the standard https port of the region table's hosts.`,
    );
  if (parsed.search || parsed.hash)
    return refuse(`The server URL ${rawUrl} has a query or fragment, which a base URL cannot have.`);
  const kinds = hostKindsOf(hostname);
  if (kinds.length === 0)
    return refuse(
      `${hostname} is not a host of the region table, so the proxy will not call it. ${SET_A_SERVER}`,
    );
  // A regional gateway and api.cloud.com both map to `gateway`: the region picks the host.
  const hostKind: HostKind = kinds.includes('gateway') || kinds.includes('global') ? 'gateway' : kinds[0]!;
  const basePath = parsed.pathname.replace(/\/+$/, '');
  // The path as written is checked too: URL parsing folds `%2e%2e` and `..` away.
  const written = /^[a-z]+:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1]?.replace(/\/+$/, '') ?? '';
  const problem = [written, basePath]
    .filter((path) => path !== '')
    .map(pathProblem)
    .find(Boolean);
  if (problem) return refuse(`The base path of ${rawUrl} ${problem}.`);
  return { ok: true, hostKind, basePath, hostname };
}
