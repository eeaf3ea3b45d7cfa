import { describe, expect, it } from 'vitest';

import type { InvokeRequestInput } from '@/lib/schemas/invoke';

import { followRequest, jobStatusOf, locationOf, pollingDone } from './follow-location';

const previous: InvokeRequestInput = {
  region: 'sandbox',
  serviceId: 'daas',
  server: 'regional',
  method: 'POST',
  path: '/MachineCatalogs',
  query: [['async', 'true']],
  headers: [
    ['Citrix-CustomerId', 'sandboxdemo01'],
    ['Citrix-InstanceId', 'site-1'],
    ['Content-Type', 'application/json'],
  ],
  body: '{"Name":"x"}',
};

describe('followRequest', () => {
  it('GETs the job under the same service with the customer and instance headers, no body', () => {
    const followed = followRequest(
      'http://demo.example:3000/sandbox/cvad/manage/Jobs/1234?verbose=true',
      '/cvad/manage',
      previous,
    );
    expect(followed).toEqual({
      region: 'sandbox',
      serviceId: 'daas',
      server: 'regional',
      method: 'GET',
      path: '/Jobs/1234',
      query: [['verbose', 'true']],
      headers: [
        ['Citrix-CustomerId', 'sandboxdemo01'],
        ['Citrix-InstanceId', 'site-1'],
      ],
    });
  });

  it('follows a Citrix location and keeps a pasted token', () => {
    const followed = followRequest('https://api-us.cloud.com/cvad/manage/Jobs/9', '/cvad/manage', {
      ...previous,
      authorizationOverride: 'CwsAuth Bearer=abc',
    });
    expect(followed?.path).toBe('/Jobs/9');
    expect(followed?.authorizationOverride).toBe('CwsAuth Bearer=abc');
  });

  it('refuses a location outside the service', () => {
    expect(followRequest('https://elsewhere.example/other/Jobs/1', '/cvad/manage', previous)).toBeUndefined();
    expect(followRequest('https://api-us.cloud.com/cvad/manage', '/cvad/manage', previous)).toBeUndefined();
  });
});

describe('locationOf, jobStatusOf, pollingDone', () => {
  it('reads the Location header whatever its case', () => {
    expect(locationOf([['Location', ' /x ']])).toBe('/x');
    expect(locationOf([['content-type', 'a']])).toBeUndefined();
  });

  it('stops on a finished job or a failed call, not while the job runs', () => {
    expect(jobStatusOf('{"Status":"InProgress"}')).toBe('InProgress');
    expect(pollingDone(200, '{"Status":"InProgress"}')).toBe(false);
    expect(pollingDone(200, '{"Status":"NotStarted"}')).toBe(false);
    expect(pollingDone(200, '{"Status":"Complete"}')).toBe(true);
    expect(pollingDone(200, '{"Status":"Failed"}')).toBe(true);
    expect(pollingDone(404, '')).toBe(true);
  });
});
