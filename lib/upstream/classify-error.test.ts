import { describe, expect, it } from 'vitest';

import { classifyFetchError } from './classify-error';
import type { UpstreamRequest } from './types';

const request = {
  target: { type: 'remote', hostname: 'api-us.cloud.com', origin: 'https://api-us.cloud.com' },
  path: '/systemlog/records',
  method: 'GET',
  headers: {},
  appOrigin: 'http://localhost:3000',
} as unknown as UpstreamRequest;

describe('classifyFetchError', () => {
  it('a failed DNS lookup names the host and says the sandbox works offline', () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const classified = classifyFetchError(error, request, new AbortController().signal);
    expect(classified.code).toBe('UPSTREAM_DNS');
    expect(classified.message).toBe(
      'Could not reach api-us.cloud.com: DNS lookup failed (is this machine offline?). The Sandbox region works without a network.',
    );
  });
});
