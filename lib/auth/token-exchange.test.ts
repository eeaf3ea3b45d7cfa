import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/http/api-error';
import { useTestEnv } from '@/lib/testing/test-env';
import type { UpstreamRequest, UpstreamResponse } from '@/lib/upstream/types';
import { UpstreamError } from '@/lib/upstream/upstream-error';

const sendUpstream = vi.fn<(request: UpstreamRequest) => Promise<UpstreamResponse>>();
vi.mock('@/lib/upstream/send-upstream', () => ({
  sendUpstream: (request: UpstreamRequest) => sendUpstream(request),
}));

const { exchangeToken } = await import('./token-exchange');

const SECRET = 'SECRET_CANARY_unit+/=';
const input = {
  region: 'eu' as const,
  flow: 'oauth2' as const,
  customerId: 'acme01',
  clientId: 'client-1',
  clientSecret: SECRET,
};

function answer(status: number, body: string, headers: Record<string, string> = {}): UpstreamResponse {
  return {
    status,
    statusText: '',
    headers,
    setCookieCount: 0,
    body: new TextEncoder().encode(body),
    truncated: false,
    durationMs: 1,
    url: 'x',
  };
}

async function failure(): Promise<ApiError> {
  const error = await exchangeToken(input, 'http://app').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect(
    JSON.stringify({ message: (error as ApiError).message, extra: (error as ApiError).extra }),
  ).not.toContain(SECRET);
  return error as ApiError;
}

describe('exchangeToken', () => {
  beforeEach(() => {
    useTestEnv();
    sendUpstream.mockReset();
  });

  it('posts a form-encoded body to the regional token endpoint and reads expires_in as a string', async () => {
    sendUpstream.mockResolvedValue(
      answer(200, '{"token_type":"bearer","access_token":"eyJabc","expires_in":"3600"}', {
        'x-cws-transactionid': 'tx-1',
      }),
    );
    const minted = await exchangeToken(input, 'http://app');
    expect(minted).toEqual({ token: 'eyJabc', expiresInSeconds: 3600, transactionId: 'tx-1' });
    const sent = sendUpstream.mock.calls[0]![0];
    expect(sent.target).toMatchObject({ type: 'remote', hostname: 'api-eu.cloud.com' });
    expect(sent.path).toBe('/cctrustoauth2/acme01/tokens/clients');
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(sent.body).get('client_secret')).toBe(SECRET);
    expect(sent.body).toContain('client_secret=SECRET_CANARY_unit%2B%2F%3D');
  });

  it('maps invalid_client to a 401 with Citrix’s own message and no retry', async () => {
    sendUpstream.mockResolvedValue(
      answer(400, '{"error":"invalid_client","error_description":"Invalid client id or client secret."}'),
    );
    const error = await failure();
    expect(error.status).toBe(401);
    expect(error.code).toBe('INVALID_CLIENT_CREDENTIALS');
    expect(error.message).toBe(
      'api-eu.cloud.com refused the client ID and secret: “Invalid client id or client secret.”',
    );
    expect(sendUpstream).toHaveBeenCalledTimes(1);
  });

  it('names the sandbox token service as a sentence starts, with its message quoted', async () => {
    sendUpstream.mockResolvedValue(
      answer(400, '{"error":"invalid_client","error_description":"Invalid client id or client secret."}'),
    );
    const error = await exchangeToken({ ...input, region: 'sandbox' }, 'http://app').catch(
      (caught: unknown) => caught as ApiError,
    );
    expect((error as ApiError).message).toBe(
      'The sandbox token service refused the client ID and secret: “Invalid client id or client secret.”',
    );
  });

  it('maps a 429 to a 429 with the retry delay', async () => {
    sendUpstream.mockResolvedValue(
      answer(
        429,
        '{"type":"https://errors-api.cloud.com/common/rateLimitExceeded","parameters":[{"name":"retryDelay","value":"7"}]}',
      ),
    );
    const error = await failure();
    expect(error.status).toBe(429);
    expect(error.headers['retry-after']).toBe('7');
    expect(error.message).toMatch(/try again in 7 seconds/);
  });

  it('maps a 500 to a 502 that names the host', async () => {
    sendUpstream.mockResolvedValue(answer(500, `echo: client_secret=${SECRET}`));
    const error = await failure();
    expect(error.status).toBe(502);
    expect(error.message).toBe('api-eu.cloud.com answered 500; try again in a moment.');
  });

  it('maps a timeout to a 504 and an unreachable host to a 502 with the reason', async () => {
    sendUpstream.mockRejectedValueOnce(
      new UpstreamError('UPSTREAM_TIMEOUT', 'Could not reach api-eu.cloud.com: it did not answer in time.'),
    );
    expect((await failure()).status).toBe(504);
    sendUpstream.mockRejectedValueOnce(
      new UpstreamError('UPSTREAM_DNS', 'Could not reach api-eu.cloud.com: DNS lookup failed.'),
    );
    const error = await failure();
    expect(error.status).toBe(502);
    expect(error.message).toBe('Could not reach api-eu.cloud.com: DNS lookup failed.');
  });

  it('refuses a non-JSON answer and a 200 without a token', async () => {
    sendUpstream.mockResolvedValueOnce(answer(200, '<html>maintenance</html>'));
    expect((await failure()).code).toBe('TOKEN_ENDPOINT_GARBAGE');
    sendUpstream.mockResolvedValueOnce(answer(200, '{"token_type":"bearer"}'));
    expect((await failure()).code).toBe('TOKEN_ENDPOINT_GARBAGE');
  });

  it('never follows a redirect from the token endpoint', async () => {
    sendUpstream.mockResolvedValue(answer(302, '', { location: 'http://169.254.169.254/' }));
    const error = await failure();
    expect(error.code).toBe('TOKEN_ENDPOINT_REDIRECT');
    expect(sendUpstream).toHaveBeenCalledTimes(1);
  });

  it('uses the JSON trust-service flow, reading expiresIn as a number', async () => {
    sendUpstream.mockResolvedValue(
      answer(200, '{"principal":"p","subject":"s","token":"eyJt","openIdToken":"eyJo","expiresIn":3600}'),
    );
    const minted = await exchangeToken({ ...input, region: 'us', flow: 'trust' }, 'http://app');
    expect(minted.token).toBe('eyJt');
    const sent = sendUpstream.mock.calls[0]![0];
    expect(sent.target).toMatchObject({ hostname: 'trust.citrixworkspacesapi.net' });
    expect(JSON.parse(sent.body!)).toEqual({ ClientId: 'client-1', ClientSecret: SECRET });
  });
});
