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
    [
      'https://catalogs.apps.cloud.com.evil.example',
      /catalogs\.apps\.cloud\.com\.evil\.example is not a host of the region table/,
    ],
    ['https://evil.example/administrators', /evil\.example is not a host of the region table.*Set a Server/],
    ['https://api.cloud.com.evil.example/', /not a host of the region table/],
    ['https://169.254.169.254/latest', /169\.254\.169\.254 is an IP address/],
    ['https://[::1]/x', /\[::1\] is an IP address/],
    ['http://api.cloud.com/administrators', /is not https/],
    ['https://api.cloud.com:8443/administrators', /api\.cloud\.com:8443 names port 8443/],
    ['https://user:pass@api.cloud.com/administrators', /carries credentials/],
    ['https://api.cloud.com/administrators?x=1', /query or fragment/],
    ['/citrix/orchestration/api', /\/citrix\/orchestration\/api is relative.*Set a Server/],
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
    expect(mapServerUrl('https://{api}.wem.cloud.com/', { api: { default: 'eu-api' } })).toMatchObject({
      ok: true,
      hostKind: 'wem',
      hostname: 'eu-api.wem.cloud.com',
    });
  });
});

describe('targetForRegion', () => {
  const servers = mapServers({
    servers: [
      { url: 'https://cws.example.invalid' },
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

  it('puts a Server set for the document first, and says when the region has no host for it', () => {
    expect(targetForRegion([], 'eu', { hostKind: 'wem', basePath: '/services' })).toEqual({
      ok: true,
      hostKind: 'wem',
      basePath: '/services',
      server: 'https://eu-api.wem.cloud.com/services',
      overridden: true,
    });
    expect(targetForRegion(servers, 'sandbox', { hostKind: 'cws', basePath: '' })).toMatchObject({
      ok: true,
      server: '/sandbox/cws',
    });
    expect(targetForRegion(servers, 'jp', { hostKind: 'gac', basePath: '' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Global App Configuration\) has no host in region Japan/),
    });
    expect(targetForRegion(servers, 'us', { hostKind: 'gateway', basePath: '//evil.example' })).toMatchObject(
      {
        ok: false,
        reason: expect.stringMatching(/contains "\/\/"/),
      },
    );
  });

  it('names the hosts of servers that cannot be mapped', () => {
    const foreign = mapServers({
      servers: [{ url: 'https://10.0.0.1/api' }, { url: 'https://evil.example' }],
    });
    expect(targetForRegion(foreign, 'us')).toMatchObject({
      ok: false,
      hostnames: ['10.0.0.1', 'evil.example'],
    });
  });

  it('says when a document lists no servers', () => {
    expect(targetForRegion([], 'us')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/lists no servers/),
    });
  });
});
