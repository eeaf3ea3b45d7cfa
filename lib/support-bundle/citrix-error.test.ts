import { describe, expect, it } from 'vitest';

import { citrixErrorOf } from './citrix-error';

describe("Citrix's error in an answer", () => {
  it('reads the common error body: its code and detail, with its parameters', () => {
    const body = JSON.stringify({
      type: 'https://errors-api.cloud.com/common/outOfRange',
      detail: 'Maximum items per page is between 1 and 200',
      parameters: [{ name: 'limit', value: '10000000' }],
    });
    expect(citrixErrorOf(body)).toEqual({
      code: 'common/outOfRange',
      message: 'Maximum items per page is between 1 and 200 (limit=10000000)',
    });
  });

  it('reads RFC 7807 problem details: the type (or title) and the detail', () => {
    expect(
      citrixErrorOf(
        JSON.stringify({ type: 'urn:x:conflict', title: 'Conflict', status: 409, detail: 'Name taken' }),
      ),
    ).toEqual({ code: 'urn:x:conflict', message: 'Name taken' });
    expect(citrixErrorOf(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }))).toEqual({
      code: 'Not Found',
      message: 'Not Found',
    });
  });

  it('reads DaaS ErrorData: the SdkErrorId and the message', () => {
    const body = JSON.stringify({
      ErrorMessage: 'Citrix-InstanceId header is missing.',
      SdkErrorId: 'MissingInstanceId',
      ErrorType: 'BadRequest',
      ErrorDetails: null,
    });
    expect(citrixErrorOf(body)).toEqual({
      code: 'MissingInstanceId',
      message: 'Citrix-InstanceId header is missing.',
    });
  });

  it('reads OAuth, the older platform and the gateway bodies', () => {
    expect(citrixErrorOf('{"error":"invalid_client","error_description":"Bad client"}')).toEqual({
      code: 'invalid_client',
      message: 'Bad client',
    });
    expect(
      citrixErrorOf('{"Error":{"Type":"CWSAuthException","Message":"Missing CWSAuth header."}}'),
    ).toEqual({
      code: 'CWSAuthException',
      message: 'Missing CWSAuth header.',
    });
    expect(citrixErrorOf('{"statusCode":500,"message":"Internal server error"}')).toEqual({
      code: '500',
      message: 'Internal server error',
    });
  });

  it('says nothing for a body that is not an error', () => {
    expect(citrixErrorOf('{"Items":[]}')).toBeUndefined();
    expect(citrixErrorOf('<html>oops</html>')).toBeUndefined();
    expect(citrixErrorOf(undefined)).toBeUndefined();
  });
});
