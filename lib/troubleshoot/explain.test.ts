import { describe, expect, it } from 'vitest';

import { citrixParameters, explain } from './explain';
import { explainTokenFailure } from './explain-token-error';

const citrix = (code: string, detail: string, parameters: unknown = []) =>
  JSON.stringify({ type: `https://errors-api.cloud.com/${code}`, detail, parameters });

const platformHeaders: [string, string][] = [
  ['Accept', 'application/json'],
  ['Citrix-CustomerId', 'sandboxdemo01'],
];

describe('explain(): Citrix Cloud error bodies (reference §4)', () => {
  it('says nothing for successes and redirects', () => {
    expect(explain(200, '{"items":[]}')).toBeUndefined();
    expect(explain(302, '')).toBeUndefined();
  });

  it('401 common/authentication, reason missing → no token was sent', () => {
    const result = explain(
      401,
      citrix('common/authentication', 'Missing or invalid authentication details', [
        { name: 'reason', value: 'missing' },
      ]),
      platformHeaders,
    );
    expect(result).toMatchObject({
      id: 'authentication-missing',
      title: 'No token was sent',
      action: 'set-authentication',
    });
    expect(result!.fix.join(' ')).toContain('CwsAuth Bearer=<token>');
  });

  it('401 reason invalid (array or object parameters) → expired or other customer’s token', () => {
    for (const parameters of [[{ name: 'reason', value: 'invalid' }], { reason: 'invalid' }]) {
      const result = explain(
        401,
        citrix('common/authentication', 'Missing or invalid authentication details', parameters),
        platformHeaders,
      );
      expect(result).toMatchObject({ id: 'authentication-invalid', title: 'The token was rejected' });
      expect(result!.cause).toMatch(/expired.*another customer than Citrix-CustomerId \(sandboxdemo01\)/);
      expect(result!.fix[0]).toMatch(/one hour and cannot be refreshed/);
    }
  });

  it('401 invalid with a pasted token → offers the session token', () => {
    const result = explain(
      401,
      citrix('common/authentication', 'x', [{ name: 'reason', value: 'invalid' }]),
      platformHeaders,
      { pastedToken: true },
    );
    expect(result).toMatchObject({ id: 'authentication-invalid', action: 'use-session-token' });
    expect(result!.cause).toMatch(/pasted/);
  });

  it('401 invalid where Citrix-CustomerId is not the token’s customer → names both', () => {
    const result = explain(
      401,
      citrix('common/authentication', 'x', { reason: 'invalid' }),
      [['Citrix-CustomerId', 'othercust02']],
      { sessionCustomerId: 'sandboxdemo01' },
    );
    expect(result!.cause).toContain(
      'belongs to customer sandboxdemo01, but Citrix-CustomerId says othercust02',
    );
    expect(result!.fix[0]).toContain('Set Citrix-CustomerId to sandboxdemo01');
  });

  it('401 invalid where the session’s customer is not the token’s claim (othercust) → says so', () => {
    const result = explain(
      401,
      citrix('common/authentication', 'x', { reason: 'invalid' }),
      [['Citrix-CustomerId', 'othercust']],
      { sessionCustomerId: 'othercust', tokenCustomerId: 'sandboxdemo01' },
    );
    expect(result!.cause).toContain(
      'The token was issued for customer sandboxdemo01 (its customer claim), but Citrix-CustomerId says othercust',
    );
    expect(result!.fix[0]).toContain('Set Citrix-CustomerId to sandboxdemo01');
    expect(result!.cause).not.toMatch(/expired/);
  });

  it('401 invalid for a call without Citrix-CustomerId → the missing header, not an expired token', () => {
    const result = explain(
      401,
      citrix('common/authentication', 'x', { reason: 'invalid' }),
      [['Accept', 'application/json']],
      { sessionCustomerId: 'sandboxdemo01', tokenCustomerId: 'sandboxdemo01' },
    );
    expect(result!.cause).toContain('sent no Citrix-CustomerId header');
    expect(result!.cause).not.toMatch(/expired/);
    expect(result!.fix[0]).toBe('Add the header Citrix-CustomerId: sandboxdemo01 and send again.');
    expect(result!.fix.join(' ')).not.toMatch(/one hour/);
  });

  it('403 common/authorization → the API client lacks the role or the customer', () => {
    const result = explain(
      403,
      citrix('common/authorization', 'Access denied', [
        { name: 'entityType', value: 'ResourceLocation' },
        { name: 'id', value: 'rl-3' },
      ]),
    );
    expect(result).toMatchObject({ id: 'authorization', title: 'Access denied' });
    expect(result!.cause).toContain('on ResourceLocation rl-3');
    expect(result!.fix.join(' ')).toMatch(/Full access|custom role/);
    expect(explain(403, citrix('common/authorization', 'Access denied'))!.cause).not.toContain(' on ');
  });

  it('403 from the wrong geography → pick the customer’s region', () => {
    const body = citrix('common/authorization', 'Access denied', [
      { name: 'message', value: 'User is not authenticated for the specified resource' },
      { name: 'entityType', value: 'https://catalogs.apps.cloud.com/customer' },
    ]);
    expect(explain(403, body)).toMatchObject({ id: 'authorization-geography' });
  });

  it('406 common/notAcceptable → Accept must be exactly application/json, quoting what was sent', () => {
    const result = explain(
      406,
      citrix('common/notAcceptable', 'Must accept application/json media type', {
        contentType: 'application/json',
      }),
      [['Accept', '*/*']],
    );
    expect(result).toMatchObject({ id: 'not-acceptable', title: 'Accept must be exactly application/json' });
    expect(result!.cause).toContain('"Accept: */*"');
    expect(explain(406, '', [])!.cause).toContain('No Accept header');
  });

  it('429 common/rateLimitExceeded → waits retryDelay seconds', () => {
    const result = explain(
      429,
      citrix('common/rateLimitExceeded', 'Rate limit exceeded; try again in 4 seconds', [
        { name: 'retryDelay', value: '4' },
      ]),
    );
    expect(result).toMatchObject({ id: 'rate-limited', retryAfterSeconds: 4 });
    expect(result!.fix[0]).toBe('Wait 4 seconds, then send again.');
    expect(
      explain(429, citrix('common/rateLimitExceeded', 'Rate limit exceeded; try again in 7 seconds'))!
        .retryAfterSeconds,
    ).toBe(7);
    expect(
      explain(
        503,
        citrix('common/serviceUnavailable', 'Service is unavailable; try again in 4 seconds', {
          retryDelay: '4',
        }),
      ),
    ).toMatchObject({ id: 'service-unavailable', retryAfterSeconds: 4 });
  });

  it('gateway 500 without Citrix-CustomerId → add the header; with it → base URL or instance id', () => {
    const body = JSON.stringify({
      statusCode: 500,
      message: 'Internal server error',
      activityId: '0f6a-activity',
    });
    const missing = explain(500, body, [['Accept', 'application/json']]);
    expect(missing).toMatchObject({
      id: 'gateway-missing-customer',
      title: 'Citrix-CustomerId is missing',
      reference: { label: 'activityId', value: '0f6a-activity' },
    });
    expect(missing!.fix[0]).toContain('Citrix-CustomerId: <your customer ID>');
    expect(explain(500, body, platformHeaders)).toMatchObject({ id: 'gateway-internal-error' });
  });

  it('DaaS ErrorData: missing Citrix-InstanceId → pick a site from /me', () => {
    const body = JSON.stringify({
      ErrorMessage: 'The Citrix-InstanceId header is required: use a site id from GET /cvad/manage/me.',
      SdkErrorId: 'MissingInstanceId',
      ErrorType: null,
    });
    const result = explain(400, body, platformHeaders);
    expect(result).toMatchObject({ id: 'daas-missing-instance', title: 'Citrix-InstanceId is missing' });
    expect(result!.fix[0]).toContain('Customers[0].Sites[].Id');
  });

  it('DaaS ErrorData: unknown site, not found, and anything else by SdkErrorId', () => {
    const site = JSON.stringify({ ErrorMessage: 'Site not found: abc', SdkErrorId: 'SiteNotFound' });
    expect(explain(404, site, [...platformHeaders, ['Citrix-InstanceId', 'abc']])).toMatchObject({
      id: 'daas-site-not-found',
    });
    expect(
      explain(
        404,
        JSON.stringify({
          ErrorMessage: 'Machine catalog not found: x',
          SdkErrorId: 'MachineCatalogNotFound',
        }),
      ),
    ).toMatchObject({ id: 'daas-not-found' });
    const other = explain(
      400,
      JSON.stringify({
        ErrorMessage: 'Machine does not support specified power action.',
        SdkErrorId: 'PowerActionNotSupported',
        ErrorType: 'x',
      }),
    );
    expect(other).toMatchObject({
      id: 'daas-error',
      title: 'DaaS error: PowerActionNotSupported',
      cause: 'Machine does not support specified power action.',
    });
  });

  it('OAuth invalid_client → wrong ID/secret, or an unencoded + / = in the secret', () => {
    const result = explain(
      400,
      JSON.stringify({ error: 'invalid_client', error_description: 'Invalid client id or client secret.' }),
    );
    expect(result).toMatchObject({ id: 'oauth-invalid-client', title: 'Client ID or secret not accepted' });
    expect(result!.fix.join(' ')).toMatch(/\+ → %2B, \/ → %2F, = → %3D/);
    expect(
      explain(400, JSON.stringify({ error: 'invalid_request', error_description: 'Content-Type must be …' })),
    ).toMatchObject({ id: 'oauth-invalid-request' });
    expect(explain(400, JSON.stringify({ error: 'unsupported_grant_type' }))).toMatchObject({
      id: 'oauth-unsupported-grant',
    });
  });

  it('older services’ CWSAuthException, RFC 7807 ProblemDetails, licensing error_description', () => {
    expect(
      explain(
        401,
        JSON.stringify({
          Error: { Message: 'Missing or invalid CWSAuth header.', Type: 'CWSAuthException' },
        }),
      ),
    ).toMatchObject({ id: 'cwsauth-exception' });
    expect(
      explain(
        400,
        JSON.stringify({
          type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
          title: 'Bad Request',
          status: 400,
          detail: 'email is invalid',
        }),
      ),
    ).toMatchObject({ id: 'problem-details', title: 'Bad Request', cause: 'email is invalid' });
    const licensing = JSON.stringify({
      error_description: JSON.stringify({
        Code: 400,
        Message: 'Invalid time format.',
        Details: 'Invalid time format.',
      }),
    });
    expect(explain(400, licensing)).toMatchObject({
      id: 'service-error-description',
      cause: 'Invalid time format.',
    });
  });

  it('other common errors: input problems and not found, with their parameters', () => {
    const range = explain(
      400,
      citrix('common/outOfRange', 'Maximum items per page is between 1 and 200', { limit: '10000000' }),
    );
    expect(range).toMatchObject({ title: 'A parameter or the body was rejected' });
    expect(range!.cause).toContain('limit = 10000000');
    expect(explain(404, citrix('systemlog/notFound', 'Record not found'))).toMatchObject({
      title: 'Citrix Cloud error systemlog/notFound',
    });
    expect(
      explain(
        415,
        citrix('common/unsupportedMediaType', 'Must use application/json; charset=utf-8 media type'),
      ),
    ).toMatchObject({ title: 'Send the body as JSON' });
  });

  it('530 from /me → the site is frozen; unknown bodies and non-JSON → nothing', () => {
    expect(explain(530, '')).toMatchObject({ id: 'daas-site-frozen' });
    expect(explain(502, '<html>bad gateway</html>')).toBeUndefined();
    expect(explain(400, JSON.stringify({ something: 'else' }))).toBeUndefined();
    expect(explain(400, '{'.repeat(300_000))).toBeUndefined();
  });

  it('reads parameters in both of Citrix’s shapes', () => {
    expect(citrixParameters([{ name: 'a', value: 1 }, { bad: true }])).toEqual({ a: '1' });
    expect(citrixParameters({ b: 'x', c: null })).toEqual({ b: 'x' });
    expect(citrixParameters('nope')).toEqual({});
  });
});

describe('explainTokenFailure(): Set Authentication', () => {
  it('invalid_client → wrong ID or secret; mentions encoding, and knows the explorer encodes for you', () => {
    const failure = {
      status: 401,
      code: 'INVALID_CLIENT_CREDENTIALS',
      details: { citrixError: 'invalid_client', transactionId: 't-1' },
    };
    expect(explainTokenFailure(failure)).toMatchObject({
      id: 'oauth-invalid-client',
      reference: { value: 't-1' },
    });
    const special = explainTokenFailure(failure, { secretHasSpecialCharacters: true });
    expect(special!.fix[1]).toMatch(/explorer URL-encodes it for you/);
  });

  it('throttling, malformed request, cookie budget; nothing for the rest', () => {
    expect(
      explainTokenFailure({ status: 429, code: 'TOKEN_RATE_LIMITED', details: { retryAfterSeconds: 12 } }),
    ).toMatchObject({ retryAfterSeconds: 12 });
    expect(
      explainTokenFailure({
        status: 400,
        code: 'TOKEN_REQUEST_REJECTED',
        details: { citrixError: 'invalid_request' },
      }),
    ).toMatchObject({ id: 'oauth-invalid-request' });
    expect(explainTokenFailure({ status: 409, code: 'PROFILE_COOKIE_BUDGET' })).toMatchObject({
      id: 'profile-budget',
    });
    expect(explainTokenFailure({ status: 400, code: 'SANDBOX_DISABLED' })).toBeUndefined();
  });
});
