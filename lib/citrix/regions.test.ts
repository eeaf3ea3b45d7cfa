import { describe, expect, it } from 'vitest';

import {
  allowedRemoteHostnames,
  displayUrl,
  findRegion,
  HOST_KIND_LABELS,
  HOST_KINDS,
  REGION_IDS,
  REGIONS,
  resolveHost,
  tokenEndpoint,
} from './regions';

describe('the region table', () => {
  it('has exactly US, EU, AP South, Japan and Sandbox, in picker order', () => {
    expect(REGION_IDS.map((id) => REGIONS[id].label)).toEqual(['US', 'EU', 'AP South', 'Japan', 'Sandbox']);
  });

  it('maps each real region to its documented token endpoint', () => {
    const url = (id: 'us' | 'eu' | 'ap-s' | 'jp') => {
      const endpoint = tokenEndpoint(id, 'oauth2', 'acme01')!;
      return displayUrl(endpoint.target, endpoint.path, 'http://unused');
    };
    expect(url('us')).toBe('https://api-us.cloud.com/cctrustoauth2/acme01/tokens/clients');
    expect(url('eu')).toBe('https://api-eu.cloud.com/cctrustoauth2/acme01/tokens/clients');
    expect(url('ap-s')).toBe('https://api-ap-s.cloud.com/cctrustoauth2/acme01/tokens/clients');
    expect(url('jp')).toBe('https://api.citrixcloud.jp/cctrustoauth2/acme01/tokens/clients');
  });

  it('serves the sandbox under the app origin', () => {
    const endpoint = tokenEndpoint('sandbox', 'oauth2', 'root')!;
    expect(displayUrl(endpoint.target, endpoint.path, 'http://localhost:3000')).toBe(
      'http://localhost:3000/sandbox/cctrustoauth2/root/tokens/clients',
    );
    const trust = tokenEndpoint('sandbox', 'trust', 'root')!;
    expect(displayUrl(trust.target, trust.path, 'http://localhost:3000')).toBe(
      'http://localhost:3000/sandbox/trust/root/tokens/clients',
    );
  });

  it('sends the deprecated trust flow to trust.citrixworkspacesapi.net, and has none in Japan', () => {
    const endpoint = tokenEndpoint('us', 'trust', 'root')!;
    expect(displayUrl(endpoint.target, endpoint.path, '')).toBe(
      'https://trust.citrixworkspacesapi.net/root/tokens/clients',
    );
    expect(tokenEndpoint('jp', 'trust', 'root')).toBeUndefined();
  });

  it('offers api.cloud.com as the global gateway except in Japan', () => {
    expect(resolveHost('eu', 'global')).toMatchObject({ hostname: 'api.cloud.com' });
    expect(resolveHost('jp', 'global')).toBeUndefined();
  });

  it('lists only https hostnames that are names, never IP literals or ports', () => {
    for (const host of allowedRemoteHostnames()) {
      expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(host).not.toMatch(/^\d+(\.\d+){3}$/);
      expect(host.endsWith('.')).toBe(false);
    }
  });

  it('finds only regions of the table, not prototype keys', () => {
    expect(findRegion('eu')?.label).toBe('EU');
    expect(findRegion('__proto__')).toBeUndefined();
    expect(findRegion('constructor')).toBeUndefined();
    expect(findRegion('US')).toBeUndefined();
  });

  it('encodes the customer segment of the token path', () => {
    expect(tokenEndpoint('us', 'oauth2', 'a b')!.path).toBe('/cctrustoauth2/a%20b/tokens/clients');
  });
  it('has the hosts of the services with public documents, per region where Citrix documents them', () => {
    const host = (region: 'us' | 'eu' | 'ap-s' | 'jp', kind: Parameters<typeof resolveHost>[1]) => {
      const target = resolveHost(region, kind);
      return target?.type === 'remote' ? target.hostname : undefined;
    };
    expect((['us', 'eu', 'ap-s', 'jp'] as const).map((region) => host(region, 'wem'))).toEqual([
      'api.wem.cloud.com',
      'eu-api.wem.cloud.com',
      'aps-api.wem.cloud.com',
      'jp-api.wem.citrixcloud.jp',
    ]);
    expect(host('eu', 'gac')).toBe('wsaca.cloud.com');
    expect(host('jp', 'gac')).toBeUndefined();
    expect(host('us', 'cws')).toBe('cws.citrixworkspacesapi.net');
    expect(host('jp', 'cws')).toBe('cws.citrixworkspacesapi.jp');
    expect(host('ap-s', 'catalogs')).toBe('catalogs.apps.cloud.com');
  });

  it('has the sandbox as a region for every kind of host, each under its own prefix', () => {
    const prefixes = HOST_KINDS.map((kind) => resolveHost('sandbox', kind)).map((target) =>
      target?.type === 'sandbox' ? target.pathPrefix : undefined,
    );
    expect(prefixes.every((prefix) => prefix?.startsWith('/sandbox'))).toBe(true);
    expect(new Set(prefixes.slice(4)).size).toBe(4);
    for (const kind of HOST_KINDS) expect(HOST_KIND_LABELS[kind]).toBeTruthy();
  });
});
