import { REGIONS, resolveHost, type HostKind, type RegionId, type Target } from '@/lib/citrix/regions';
import { isRecord } from '@/lib/json/is-record';
import type { CatalogService } from '@/lib/services/types';

import type { JsonObject } from './openapi-walk';
import type { PostmanExportTarget } from './postman-types';

/**
 * Where an exported collection points: the region table decides the host (the same table the
 * proxy uses), so a collection exported for the sandbox calls this app's `/sandbox`, one for EU
 * calls api-eu.cloud.com. Nothing here connects anywhere.
 */

function origin(target: Target, appOrigin: string): string {
  return target.type === 'remote' ? target.origin : `${appOrigin}${target.pathPrefix}`;
}

/** `{{tokenUrl}}` for a region: its gateway's OAuth 2.0 endpoint, with `{{customerId}}` left for Postman. */
export function regionTokenUrl(region: RegionId, appOrigin: string): string {
  const gateway = resolveHost(region, 'gateway');
  // Every region of the table has a gateway; the US one is the documented default otherwise.
  const host = gateway ? origin(gateway, appOrigin) : 'https://api-us.cloud.com';
  return `${host}/cctrustoauth2/{{customerId}}/tokens/clients`;
}

type ServiceMeta = Pick<CatalogService, 'title' | 'summary' | 'hostKind' | 'basePath'>;

/** The target of a built-in service in a region, or undefined when the region has no host for it. */
export function serviceTarget(
  service: ServiceMeta,
  region: RegionId,
  appOrigin: string,
): PostmanExportTarget | undefined {
  const host = resolveHost(region, service.hostKind);
  if (!host) return undefined;
  return {
    name: `${service.title} (${REGIONS[region].label})`,
    description: `${service.summary}\n\nExported from the Citrix Cloud API Explorer. Set \`customerId\`, \`clientId\` and \`clientSecret\`: the collection's pre-request script gets the bearer token.`,
    baseUrl: origin(host, appOrigin),
    basePath: service.basePath,
    tokenUrl: regionTokenUrl(region, appOrigin),
  };
}

/** The kind of host a hostname is in the region table (any region), or undefined for any other host. */
function tableHostKind(hostname: string): HostKind | undefined {
  for (const region of Object.values(REGIONS)) {
    for (const [kind, entry] of Object.entries(region.hosts)) {
      if (entry?.type === 'remote' && entry.hostname === hostname.toLowerCase()) return kind as HostKind;
    }
  }
  return undefined;
}

/** The document's first server URL with its variables at their defaults, or undefined. */
function firstServer(document: JsonObject): string | undefined {
  const servers = document.servers;
  const server = Array.isArray(servers) ? servers.find(isRecord) : undefined;
  if (!server || typeof server.url !== 'string') return undefined;
  const variables = isRecord(server.variables) ? server.variables : {};
  return server.url.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const variable = Object.hasOwn(variables, name) ? variables[name] : undefined;
    return isRecord(variable) && typeof variable.default === 'string' ? variable.default : match;
  });
}

/**
 * The target of an imported document. The hosts come only from the region table: the collection
 * sends the bearer token to `{{baseUrl}}` and the client secret to `{{tokenUrl}}`, so a document
 * cannot choose either. A server on a host of the table (api-eu.cloud.com, api.cloud.com, the trust
 * service…) becomes that kind of host in the chosen region; any other host, a template or a
 * relative URL becomes the region's API gateway, keeping the server's path.
 */
export function documentTarget(
  document: JsonObject,
  region: RegionId,
  appOrigin: string,
  title?: string,
): PostmanExportTarget {
  const info = isRecord(document.info) ? document.info : {};
  const name =
    title ?? (typeof info.title === 'string' && info.title.trim() ? info.title.trim() : 'Imported API');
  const server = firstServer(document) ?? '/';
  let kind: HostKind = 'gateway';
  let basePath = '';
  let elsewhere: string | undefined;
  try {
    const url = new URL(server);
    basePath = url.pathname;
    const known = tableHostKind(url.hostname);
    if (known) kind = known;
    else elsewhere = url.host;
  } catch {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
      // An absolute URL that is still a template (`https://{api}.wem.cloud.com`): not a host of the table.
      elsewhere = server.slice(0, 200);
    } else {
      // A relative server URL (`/citrix/orchestration/api`): a path on the region's gateway.
      basePath = server.startsWith('/') ? server : `/${server}`;
    }
  }
  const host = resolveHost(region, kind) ?? resolveHost(region, 'gateway');
  const baseUrl = host ? origin(host, appOrigin) : 'https://api-us.cloud.com';
  const hostNote = elsewhere
    ? `The description names the server \`${elsewhere.replace(/`/g, '')}\`, which is not a Citrix Cloud API host of this region: the collection calls ${baseUrl} instead (it sends your token only to the region's hosts).\n\n`
    : '';
  return {
    name: `${name} (${REGIONS[region].label})`,
    description: `${typeof info.description === 'string' ? `${info.description}\n\n` : ''}${hostNote}Exported from the Citrix Cloud API Explorer. Set \`customerId\`, \`clientId\` and \`clientSecret\`: the collection's pre-request script gets the bearer token.`,
    baseUrl,
    basePath: basePath === '/' ? '' : basePath.replace(/\/+$/, ''),
    tokenUrl: regionTokenUrl(region, appOrigin),
  };
}
