import { describe, expect, it } from 'vitest';

import { hostKindsOf, mapServers, mapServerUrl, targetForRegion } from './servers';

describe('mapServerUrl: a server URL onto the closed region table, never wider', () => {
  it('maps the gateways and api.cloud.com to kind gateway, the legacy hosts to their kinds', () => {
    expect(mapServerUrl('https://api.cloud.com/administrators')).toEqual({
      ok: true,
      hostKind: 'gateway',
      basePath: '/administrators',
      hostname: 'api.cloud.com',
    });
    expect(mapServerUrl('https://api-eu.cloud.com/systemlog/')).toMatchObject({
      ok: true,
      hostKind: 'gateway',
      basePath: '/systemlog',
    });
    expect(mapServerUrl('https://API.CitrixCloud.jp')).toMatchObject({
      ok: true,
      hostKind: 'gateway',
      basePath: '',
    });
    expect(mapServerUrl('https://trust.citrixworkspacesapi.net/')).toMatchObject({
      ok: true,
      hostKind: 'trust',
    });
    expect(mapServerUrl('https://core.citrixworkspacesapi.net/')).toMatchObject({
      ok: true,
      hostKind: 'core',
    });
    expect(hostKindsOf('api.cloud.com')).toEqual(['global']);
  });

  it.each([
    ['https://catalogs.apps.cloud.com', /catalogs\.apps\.cloud\.com is not a host of the region table/],
    [
      'https://evil.example/administrators',
      /evil\.example is not a host of the region table.*e\.g\. https:\/\/api\.cloud\.com\/administrators/,
    ],
    ['https://api.cloud.com.evil.example/', /not a host of the region table/],
    ['https://169.254.169.254/latest', /not a host of the region table/],
    ['http://api.cloud.com/administrators', /is not https/],
    ['https://api.cloud.com:8443/administrators', /names port 8443/],
    ['https://user:pass@api.cloud.com/administrators', /carries credentials/],
    ['https://api.cloud.com/administrators?x=1', /query or fragment/],
    ['/citrix/orchestration/api', /is relative.*https:\/\/api\.cloud\.com\/citrix\/orchestration\/api/],
    ['https://{region}.cloud.com/', /variable without a default/],
    ['https://api.cloud.com/%2e%2e/systemlog', /base path of .* contains a "\." or "\.\." segment/],
  ])('refuses %s, saying why', (url, reason) => {
    const mapped = mapServerUrl(url);
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.reason).toMatch(reason);
  });

  it('fills server variables from their defaults, and still checks the result', () => {
    expect(
      mapServerUrl('https://{host}/{base}', {
        host: { default: 'api.cloud.com' },
        base: { default: 'connectors' },
      }),
    ).toMatchObject({ ok: true, basePath: '/connectors' });
    expect(mapServerUrl('https://{api}.wem.cloud.com/', { api: { default: 'api' } })).toMatchObject({
      ok: false,
    });
  });
});

describe('targetForRegion', () => {
  const servers = mapServers({
    servers: [
      { url: 'https://catalogs.apps.cloud.com' },
      { url: 'https://trust.citrixworkspacesapi.net/x', description: 'legacy' },
    ],
  });

  it('picks the first server the region has a host for', () => {
    expect(targetForRegion(servers, 'us')).toEqual({
      ok: true,
      hostKind: 'trust',
      basePath: '/x',
      server: 'https://trust.citrixworkspacesapi.net/x',
    });
    expect(servers[1]).toMatchObject({ description: 'legacy' });
  });

  it('says when the mapped servers have no host in the region', () => {
    const target = targetForRegion(servers, 'jp');
    expect(target.ok).toBe(false);
    expect(!target.ok && target.reason).toMatch(/have no host in region Japan/);
  });

  it('says when a document lists no servers', () => {
    expect(targetForRegion([], 'us')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/lists no servers/),
    });
  });
});
