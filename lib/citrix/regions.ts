import { REGION_IDS, type RegionId } from './region-ids';

export { DEFAULT_REGION, REGION_IDS, type RegionId } from './region-ids';

/** How a token is obtained: OAuth 2.0 client credentials, or the deprecated Trust Service (JSON). */
export const AUTH_FLOWS = ['oauth2', 'trust'] as const;
export type AuthFlow = (typeof AUTH_FLOWS)[number];

/**
 * The kinds of host a Citrix Cloud service can live on. A catalog service names one of these;
 * the region decides which concrete host that is.
 * - `gateway`: the regional API gateway (api-us.cloud.com, …) — the default for current APIs.
 * - `global`: the global API gateway api.cloud.com, documented for US, EU and AP South.
 * - `trust`: the deprecated trust service (JSON token flow).
 * - `core`: the legacy platform host that serves service entitlements (`/{customer}/serviceStates`).
 * - `wem`: Workspace Environment Management's own API host (`api.wem.cloud.com`, one per region).
 * - `gac`: Global App Configuration (`wsaca.cloud.com`).
 * - `cws`: the Workspace platform (identity providers, auth domains: `cws.citrixworkspacesapi.net`).
 * - `catalogs`: Quick Deploy's catalog service (`catalogs.apps.cloud.com`).
 * Quick Create lives on the API gateway (`api.cloud.com/quickcreateservice`): kind `gateway`.
 * Hosts come from Citrix's published OpenAPI documents (their `servers`) and the Terraform
 * provider's environment table (reference §1.1); a region lists only what Citrix documents for it.
 */
export const HOST_KINDS = ['gateway', 'global', 'trust', 'core', 'wem', 'gac', 'cws', 'catalogs'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

/** Where a host kind lives: a public https host, or the app's own sandbox under a path prefix. */
export type HostEntry = { type: 'remote'; hostname: string } | { type: 'sandbox'; pathPrefix: string };

export interface Region {
  id: RegionId;
  label: string;
  /** A short line for the picker and the token page. */
  description: string;
  hosts: Partial<Record<HostKind, HostEntry>>;
}

const remote = (hostname: string): HostEntry => ({ type: 'remote', hostname });

/**
 * THE closed table of every host the server will ever contact (DESIGN §3). Nothing else in the
 * app may produce an outbound origin: the proxy and the token exchange both resolve through here.
 */
/** What a host kind is called in pickers and messages. */
export const HOST_KIND_LABELS: Readonly<Record<HostKind, string>> = Object.freeze({
  gateway: 'API gateway (regional)',
  global: 'API gateway (api.cloud.com)',
  trust: 'Trust service (deprecated)',
  core: 'Citrix Cloud platform (legacy)',
  wem: 'Workspace Environment Management',
  gac: 'Global App Configuration',
  cws: 'Workspace platform (CWS)',
  catalogs: 'Quick Deploy catalog service',
});

export const REGIONS: Readonly<Record<RegionId, Region>> = Object.freeze({
  us: {
    id: 'us',
    label: 'US',
    description: 'Citrix Cloud, United States (api-us.cloud.com)',
    hosts: {
      gateway: remote('api-us.cloud.com'),
      global: remote('api.cloud.com'),
      trust: remote('trust.citrixworkspacesapi.net'),
      core: remote('core.citrixworkspacesapi.net'),
      wem: remote('api.wem.cloud.com'),
      gac: remote('wsaca.cloud.com'),
      cws: remote('cws.citrixworkspacesapi.net'),
      catalogs: remote('catalogs.apps.cloud.com'),
    },
  },
  eu: {
    id: 'eu',
    label: 'EU',
    description: 'Citrix Cloud, European Union (api-eu.cloud.com)',
    hosts: {
      gateway: remote('api-eu.cloud.com'),
      global: remote('api.cloud.com'),
      trust: remote('trust.citrixworkspacesapi.net'),
      core: remote('core.citrixworkspacesapi.net'),
      wem: remote('eu-api.wem.cloud.com'),
      gac: remote('wsaca.cloud.com'),
      cws: remote('cws.citrixworkspacesapi.net'),
      catalogs: remote('catalogs.apps.cloud.com'),
    },
  },
  'ap-s': {
    id: 'ap-s',
    label: 'AP South',
    description: 'Citrix Cloud, Asia Pacific South (api-ap-s.cloud.com)',
    hosts: {
      gateway: remote('api-ap-s.cloud.com'),
      global: remote('api.cloud.com'),
      trust: remote('trust.citrixworkspacesapi.net'),
      core: remote('core.citrixworkspacesapi.net'),
      wem: remote('aps-api.wem.cloud.com'),
      gac: remote('wsaca.cloud.com'),
      cws: remote('cws.citrixworkspacesapi.net'),
      catalogs: remote('catalogs.apps.cloud.com'),
    },
  },
  jp: {
    id: 'jp',
    label: 'Japan',
    description: 'Citrix Cloud Japan (api.citrixcloud.jp)',
    hosts: {
      gateway: remote('api.citrixcloud.jp'),
      wem: remote('jp-api.wem.citrixcloud.jp'),
      cws: remote('cws.citrixworkspacesapi.jp'),
    },
  },
  sandbox: {
    id: 'sandbox',
    label: 'Sandbox',
    description: 'The built-in Citrix Cloud sandbox served by this app (no tenant, no internet)',
    hosts: {
      gateway: { type: 'sandbox', pathPrefix: '/sandbox' },
      global: { type: 'sandbox', pathPrefix: '/sandbox' },
      trust: { type: 'sandbox', pathPrefix: '/sandbox/trust' },
      core: { type: 'sandbox', pathPrefix: '/sandbox/core' },
      // One prefix per host: a path of one service can never reach another's sandbox routes.
      wem: { type: 'sandbox', pathPrefix: '/sandbox/wem' },
      gac: { type: 'sandbox', pathPrefix: '/sandbox/gac' },
      cws: { type: 'sandbox', pathPrefix: '/sandbox/cws' },
      catalogs: { type: 'sandbox', pathPrefix: '/sandbox/catalogs' },
    },
  },
});

export const REGION_LIST: readonly Region[] = REGION_IDS.map((id) => REGIONS[id]);

/** The region for an id, or undefined for anything outside the closed table (including `__proto__`). */
export function findRegion(id: string): Region | undefined {
  return Object.hasOwn(REGIONS, id) ? REGIONS[id as RegionId] : undefined;
}

/** Every remote hostname of the table: the complete outbound allowlist. */
export function allowedRemoteHostnames(): Set<string> {
  const names = new Set<string>();
  for (const region of REGION_LIST) {
    for (const entry of Object.values(region.hosts)) if (entry?.type === 'remote') names.add(entry.hostname);
  }
  return names;
}

/** A resolved target: an absolute https origin, or the sandbox with its path prefix. */
export type Target =
  { type: 'remote'; origin: string; hostname: string } | { type: 'sandbox'; pathPrefix: string };

/** The host entry of a region for a kind, as a target; undefined when the region has no such host. */
export function resolveHost(regionId: RegionId, kind: HostKind): Target | undefined {
  const entry = REGIONS[regionId].hosts[kind];
  if (!entry) return undefined;
  if (entry.type === 'sandbox') return entry;
  return { type: 'remote', origin: `https://${entry.hostname}`, hostname: entry.hostname };
}

/** Where the token exchange posts for a region and flow, as a target plus a path. */
export function tokenEndpoint(
  regionId: RegionId,
  flow: AuthFlow,
  customerId: string,
): { target: Target; path: string } | undefined {
  const segment = encodeURIComponent(customerId);
  if (flow === 'trust') {
    const target = resolveHost(regionId, 'trust');
    return target && { target, path: `/${segment}/tokens/clients` };
  }
  const target = resolveHost(regionId, 'gateway');
  return target && { target, path: `/cctrustoauth2/${segment}/tokens/clients` };
}

/** A displayable absolute URL for a target and path; the sandbox shows under the app's origin. */
export function displayUrl(target: Target, path: string, appOrigin: string): string {
  return target.type === 'remote' ? `${target.origin}${path}` : `${appOrigin}${target.pathPrefix}${path}`;
}
