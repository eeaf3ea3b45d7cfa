import { describe, expect, it } from 'vitest';

import { findService } from '@/lib/services/catalog';

import { MONITOR_SERVICE, monitorInvokeRequest, monitorServiceRoot, odataUrl } from './monitor-service';
import { powershellQuery, pythonQuery } from './snippets';

const query: [string, string][] = [
  ['$filter', "FullName eq 'Obi O''Kafor' and StartDate ge 2025-02-10T12:34:56Z"],
  ['$select', 'UserName,FullName'],
  ['$top', '10'],
];

describe('the Monitor service entry', () => {
  it('matches the catalog', () => {
    const service = findService(MONITOR_SERVICE.id);
    expect(service).toMatchObject({ hostKind: MONITOR_SERVICE.hostKind, basePath: MONITOR_SERVICE.basePath });
  });

  it('roots the URL at the region’s gateway, the sandbox under the app', () => {
    expect(monitorServiceRoot('us', 'http://app.example')).toBe('https://api-us.cloud.com/monitorodata');
    expect(monitorServiceRoot('sandbox', 'http://app.example')).toBe(
      'http://app.example/sandbox/monitorodata',
    );
  });

  it('writes a readable URL that still parses back to the same options', () => {
    const url = odataUrl('https://api.cloud.com/monitorodata', '/Users', query);
    expect(url).toBe(
      "https://api.cloud.com/monitorodata/Users?$filter=FullName%20eq%20'Obi%20O''Kafor'%20and%20StartDate%20ge%202025-02-10T12:34:56Z&$select=UserName,FullName&$top=10",
    );
    expect([...new URL(url).searchParams]).toEqual(query);
  });

  it('asks the proxy with the customer header and no token', () => {
    const request = monitorInvokeRequest('sandbox', 'cust1', '/Users', query);
    expect(request).toMatchObject({ serviceId: 'monitorodata', method: 'GET', path: '/Users', query });
    expect(JSON.stringify(request)).not.toMatch(/authorization/i);
  });
});

describe('the copied snippets', () => {
  const input = {
    serviceRoot: 'https://api.cloud.com/monitorodata',
    path: '/Users',
    query,
    customerId: 'cust1',
  };
  const url = odataUrl(input.serviceRoot, input.path, input.query);

  it('PowerShell uses Invoke-RestMethod, the token from $env:CITRIX_TOKEN and a literal URL', () => {
    const text = powershellQuery(input, url);
    expect(text).toContain('Invoke-RestMethod -Method Get -Headers $headers');
    expect(text).toContain('"CwsAuth Bearer=$env:CITRIX_TOKEN"');
    expect(text).toContain("'Citrix-CustomerId' = 'cust1'");
    // Single-quoted, so `$filter` is not a variable; the inner quotes are doubled once more.
    expect(text).toContain(
      `-Uri 'https://api.cloud.com/monitorodata/Users?$filter=FullName%20eq%20''Obi%20O''''Kafor''`,
    );
    expect(powershellQuery({ ...input, customerId: undefined }, url)).toContain("'<your customer ID>'");
  });

  it('Python uses requests with the token from os.environ and the options as params', () => {
    const text = pythonQuery(input);
    expect(text).toContain('import requests');
    expect(text).toContain('os.environ["CITRIX_TOKEN"]');
    expect(text).toContain(`"$filter": "FullName eq 'Obi O''Kafor' and StartDate ge 2025-02-10T12:34:56Z"`);
    expect(text).toContain('"Citrix-CustomerId": "cust1"');
  });
});
