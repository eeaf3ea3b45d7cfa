import { describe, expect, it } from 'vitest';

import { redactBody, redactDeep, REDACTED, redactHeaders, redactText, redactUrl } from './redact';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeQ';

describe('support bundle redaction (the project’s rules, applied)', () => {
  it('replaces the values of authentication, cookie and secret-named headers', () => {
    expect(
      redactHeaders([
        ['Authorization', `CwsAuth Bearer=${JWT}`],
        ['Cookie', 'cxapi_session=abc'],
        ['Set-Cookie', 'cxapi_session=abc; HttpOnly'],
        ['X-AdminCredential', 'admin:pw'],
        ['Citrix-CustomerId', 'cust01'],
        ['X-Note', `see ${JWT}`],
      ]),
    ).toEqual([
      ['Authorization', REDACTED],
      ['Cookie', REDACTED],
      ['Set-Cookie', REDACTED],
      ['X-AdminCredential', REDACTED],
      ['Citrix-CustomerId', 'cust01'],
      ['X-Note', `see ${REDACTED}`],
    ]);
  });

  it('replaces secret query values and token-shaped path segments, keeps page cursors', () => {
    const url = redactUrl(
      `https://api-us.cloud.com/x/${JWT}/y?client_secret=S3cr3t&token=abc&ContinuationToken=page2&Limit=3`,
    );
    expect(url).not.toContain('S3cr3t');
    expect(url).not.toContain(JWT);
    expect(url).not.toContain('token=abc');
    expect(url).toContain('ContinuationToken=page2');
    expect(url).toContain('Limit=3');
    expect(url).toMatch(/^https:\/\/api-us\.cloud\.com\/x\/[^/]+\/y\?/);
  });

  it('drops secret fields of JSON and form bodies and replaces tokens in other text', () => {
    const json = redactBody(
      `{"client_secret":"S3cr3t","Name":"n","Nested":{"password":"pw","Note":"${JWT}"}}`,
      'application/json',
    )!;
    expect(json).not.toMatch(/S3cr3t|"pw"|eyJ/);
    expect(JSON.parse(json)).toMatchObject({ Name: 'n', Nested: { Note: REDACTED } });
    const form = redactBody(
      'grant_type=client_credentials&client_secret=S3cr3t',
      'application/x-www-form-urlencoded',
    )!;
    expect(form).toBe('grant_type=client_credentials');
    expect(redactBody(`secret=S3cr3t and ${JWT}`, 'text/plain')).not.toMatch(/S3cr3t|eyJ/);
  });

  it('sweeps a whole object: every string and every secret-named field', () => {
    const swept = redactDeep({ a: [`x ${JWT}`], client_secret: 'S3cr3t', nested: { Password: 'pw', ok: 1 } });
    expect(swept).toEqual({
      a: [`x ${REDACTED}`],
      client_secret: REDACTED,
      nested: { Password: REDACTED, ok: 1 },
    });
    expect(redactText(`CwsAuth Bearer=${JWT}`)).not.toContain('eyJ');
  });
});
