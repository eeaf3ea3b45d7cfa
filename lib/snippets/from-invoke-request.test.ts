import { describe, expect, it } from 'vitest';

import { toSnippetRequest } from './from-invoke-request';
import { urlWithQuery } from './request-parts';

describe('toSnippetRequest', () => {
  const base = {
    serviceId: 'systemlog',
    method: 'GET' as const,
    path: '/records',
    query: [['Limit', '5']] as [string, string][],
  };

  it('points the sandbox at this origin', () => {
    const snippet = toSnippetRequest(
      { ...base, region: 'sandbox', server: 'regional' },
      { hostKind: 'gateway', basePath: '/systemlog' },
      'http://localhost:3101',
    );
    expect(snippet?.url).toBe('http://localhost:3101/sandbox/systemlog/records');
  });

  it('uses the regional gateway, or api.cloud.com for the global server', () => {
    const service = { hostKind: 'gateway' as const, basePath: '/systemlog' };
    expect(toSnippetRequest({ ...base, region: 'eu', server: 'regional' }, service, 'x')?.url).toBe(
      'https://api-eu.cloud.com/systemlog/records',
    );
    expect(toSnippetRequest({ ...base, region: 'eu', server: 'global' }, service, 'x')?.url).toBe(
      'https://api.cloud.com/systemlog/records',
    );
  });

  it('is undefined where the service has no host', () => {
    expect(
      toSnippetRequest(
        { ...base, region: 'jp', server: 'global' },
        { hostKind: 'gateway', basePath: '/x' },
        'x',
      ),
    ).toBeUndefined();
  });

  it('keeps only the headers the proxy forwards, and the body with its content type', () => {
    const snippet = toSnippetRequest(
      {
        ...base,
        method: 'POST',
        region: 'us',
        headers: [
          ['Citrix-CustomerId', 'c'],
          ['X-Forwarded-For', '1.2.3.4'],
          ['Content-Type', 'application/json'],
        ],
        body: '{}',
      },
      { hostKind: 'gateway', basePath: '/notifications' },
      'x',
    );
    expect(snippet?.headers).toEqual([
      ['Citrix-CustomerId', 'c'],
      ['Content-Type', 'application/json'],
    ]);
    expect(snippet?.body).toEqual({ contentType: 'application/json', text: '{}' });
  });
});

describe('urlWithQuery', () => {
  it('encodes like the proxy: %20 for spaces, %2B for plus', () => {
    expect(urlWithQuery('https://h/p', [['$filter', "Name eq 'a+b'"]])).toBe(
      'https://h/p?%24filter=Name%20eq%20%27a%2Bb%27',
    );
  });
});

describe('toSnippetRequest without Authorization', () => {
  it('leaves the token out for an operation that declares none', () => {
    const request = {
      region: 'sandbox' as const,
      serviceId: 'token',
      method: 'POST' as const,
      path: '/cctrustoauth2/x/tokens/clients',
    };
    expect(
      toSnippetRequest(request, { hostKind: 'gateway', basePath: '' }, 'http://h', { authorization: false })
        ?.authorization,
    ).toBe(false);
  });
});
