import { describe, expect, it } from 'vitest';

import type { FormSpec, ParamSpec } from '@/lib/invoke-form/types';
import { MAX_JSON_NESTING } from '@/lib/json/nesting-depth';

import {
  isSecretField,
  isSecretHeader,
  isSecretQuery,
  MAX_KEPT_BODY_CHARS,
  REDACTED,
  redactTokens,
  sanitizeBody,
  sanitizeInputs,
} from './sanitize';

const param = (key: string, extra: Partial<ParamSpec> = {}): ParamSpec => {
  const [location, name] = key.split(':') as ['path' | 'query' | 'header', string];
  return {
    key,
    name,
    in: location,
    required: false,
    kind: 'string',
    deprecated: false,
    forwarded: true,
    ...extra,
  };
};

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lcl9pZCI6InNhbmRib3hkZW1vMDEifQ.c2lnbmF0dXJlAAAA';

const daasSpec: FormSpec = {
  serviceId: 'daas',
  operationId: 'Machines_DeleteMachine',
  method: 'POST',
  path: '/Machines/{nameOrId}',
  params: [
    param('header:Authorization', { role: 'authorization' }),
    param('header:Citrix-CustomerId', { role: 'customer-id' }),
    param('header:Citrix-InstanceId', { role: 'instance-id' }),
    param('header:X-AdminCredential'),
    param('header:Accept', { role: 'accept' }),
    param('path:nameOrId'),
    param('query:ContinuationToken'),
    param('query:client_secret'),
    param('query:Limit'),
  ],
  body: {
    contentType: 'application/json',
    required: false,
    requiredFields: [],
    expectsObject: true,
    example: '{}',
  },
};

describe('what history and share links may keep', () => {
  it('drops Authorization, X-AdminCredential, a pasted override and secret query names; keeps ContinuationToken', () => {
    const kept = sanitizeInputs(daasSpec, {
      params: {
        'header:Authorization': `CwsAuth Bearer=${JWT}`,
        'header:Citrix-CustomerId': 'sandboxdemo01',
        'header:Citrix-InstanceId': 'site-1',
        'header:X-AdminCredential': 'Basic dXNlcjpwYXNz',
        'header:Accept': 'application/json',
        'path:nameOrId': 'DOMAIN\\machine01',
        'query:ContinuationToken': 'eyJwYWdlIjoyfQ',
        'query:client_secret': 'oops',
        'query:Limit': '',
      },
      body: JSON.stringify({
        Name: 'x',
        ClientSecret: 's1',
        nested: { client_secret: 's2', password: 'p', AdminPassword: 'p2', note: `CwsAuth Bearer=${JWT}` },
        list: [{ access_token: 't' }],
      }),
      authorization: `CwsAuth Bearer=${JWT}`,
    });
    expect(kept.params).toEqual({
      'header:Citrix-CustomerId': 'sandboxdemo01',
      'header:Citrix-InstanceId': 'site-1',
      'header:Accept': 'application/json',
      'path:nameOrId': 'DOMAIN\\machine01',
      'query:ContinuationToken': 'eyJwYWdlIjoyfQ',
    });
    expect(JSON.parse(kept.body!)).toEqual({
      Name: 'x',
      nested: { note: `CwsAuth Bearer=${REDACTED}` },
      list: [{}],
    });
    expect(kept.omitted).toEqual([
      'header X-AdminCredential',
      'query client_secret',
      'body ClientSecret',
      'body nested.client_secret',
      'body nested.password',
      'body nested.AdminPassword',
      'body list[0].access_token',
    ]);
    const everything = JSON.stringify(kept);
    for (const secret of [JWT, 's1', 's2', '"p"', 'p2', 'dXNlcjpwYXNz', 'oops'])
      expect(everything).not.toContain(secret);
  });

  it('can leave out the customer’s headers (share links without "Include customer ID")', () => {
    const kept = sanitizeInputs(
      daasSpec,
      {
        params: { 'header:Citrix-CustomerId': 'c', 'header:Citrix-InstanceId': 'i', 'path:nameOrId': 'm' },
        body: '',
      },
      { skipRoles: ['customer-id', 'instance-id'] },
    );
    expect(kept.params).toEqual({ 'path:nameOrId': 'm' });
    expect(kept.body).toBeUndefined();
  });

  it('strips client_secret from a form-urlencoded token request', () => {
    const omitted: string[] = [];
    expect(
      sanitizeBody(
        'grant_type=client_credentials&client_id=abc&client_secret=Sbx3Demo%2BSecret',
        'application/x-www-form-urlencoded',
        omitted,
      ),
    ).toBe('grant_type=client_credentials&client_id=abc');
    expect(omitted).toEqual(['body client_secret']);
  });

  it('redacts secret-looking values in a body that is not JSON, and tokens anywhere', () => {
    const omitted: string[] = [];
    const kept = sanitizeBody(`{"client_secret": "abc", broken ${JWT}`, 'application/json', omitted)!;
    expect(kept).not.toContain('abc');
    expect(kept).not.toContain(JWT);
    expect(omitted).toEqual(['body (secret-looking values)']);
    expect(redactTokens(`Authorization: CwsAuth Bearer=${JWT}`)).toBe(
      `Authorization: CwsAuth Bearer=${REDACTED}`,
    );
  });

  it('does not keep huge bodies', () => {
    const omitted: string[] = [];
    expect(
      sanitizeBody(JSON.stringify({ a: 'x'.repeat(20_000) }), 'application/json', omitted),
    ).toBeUndefined();
    expect(omitted).toEqual(['body (too large to keep)']);
  });
});

describe('bodies that would overflow a recursive walk', () => {
  it('a body nested thousands of levels deep is not kept (and does not throw)', () => {
    const omitted: string[] = [];
    const deep = '['.repeat(8000) + ']'.repeat(8000);
    expect(sanitizeBody(deep, 'application/json', omitted)).toBeUndefined();
    expect(omitted).toEqual(['body (nested too deeply to keep)']);
  });
});

describe('which names carry credentials', () => {
  it.each([
    'Authorization',
    'proxy-authorization',
    'X-AdminCredential',
    'Cookie',
    'X-Auth-Token',
    'X-Api-Token',
    'X-Access-Token',
    'X-Client-Secret',
    'X-Password',
    'X-Passwd',
    'X-Credentials',
    'X-Api-Key',
    'X-ApiKey',
  ])('header %s is a secret', (name) => {
    expect(isSecretHeader(name)).toBe(true);
  });

  it.each([
    'Accept',
    'Citrix-CustomerId',
    'Citrix-InstanceId',
    'Citrix-TransactionId',
    'Content-Type',
    'X-Authorization-Mode',
    'Set-Cookie-Policy',
  ])('header %s is not a secret', (name) => {
    expect(isSecretHeader(name)).toBe(false);
  });

  it.each([
    'client_secret',
    'clientSecret',
    'secret',
    'Password',
    'passwd',
    'access_token',
    'accessToken',
    'refresh_token',
    'id_token',
    'api_key',
    'apiKey',
  ])('query %s is a secret', (name) => {
    expect(isSecretQuery(name)).toBe(true);
  });

  it.each(['ContinuationToken', 'Limit', 'my_secret_count'])('query %s is not a secret', (name) => {
    expect(isSecretQuery(name)).toBe(false);
  });

  it.each([
    'client_secret',
    'ClientSecret',
    'password',
    'AdminPassword',
    'passwd',
    'access_token',
    'refreshToken',
    'id_token',
    'credential',
    'Credentials',
  ])('body field %s is a secret', (name) => {
    expect(isSecretField(name)).toBe(true);
  });

  // One rule with the snippets (lib/share): names that merely contain secret/password/credential are
  // treated as secrets too; over-redacting history is the safe direction.
  it.each(['Name', 'ContinuationToken', 'tokenUrl'])('body field %s is not a secret', (name) => {
    expect(isSecretField(name)).toBe(false);
  });

  it('never keeps X-Auth-Token or X-Api-Token headers in history', () => {
    const spec: FormSpec = {
      ...daasSpec,
      params: [param('header:X-Auth-Token'), param('header:X-Api-Token'), param('header:Accept')],
      body: undefined,
    };
    const kept = sanitizeInputs(spec, {
      params: {
        'header:X-Auth-Token': 'opaque-auth-value',
        'header:X-Api-Token': 'opaque-api-value',
        'header:Accept': 'application/json',
      },
      body: '',
    });
    expect(kept.params).toEqual({ 'header:Accept': 'application/json' });
    expect(kept.omitted).toEqual(['header X-Auth-Token', 'header X-Api-Token']);
    expect(JSON.stringify(kept)).not.toMatch(/opaque-(auth|api)-value/);
  });
});

describe('sanitizer boundaries a mutation pass checks', () => {
  it('keeps a body of exactly the limit and drops one character more', () => {
    const atLimit = JSON.stringify({ a: 'x'.repeat(MAX_KEPT_BODY_CHARS - 8) });
    expect(atLimit.length).toBe(MAX_KEPT_BODY_CHARS);
    const omitted: string[] = [];
    expect(sanitizeBody(atLimit, 'application/json', omitted)).toBeDefined();
    expect(omitted).toEqual([]);
    expect(sanitizeBody(`${atLimit} `, 'application/json', omitted)).toBeUndefined();
  });

  it('keeps nothing for an empty or blank body', () => {
    expect(sanitizeBody('', 'application/json', [])).toBeUndefined();
    expect(sanitizeBody('  \n ', 'application/json', [])).toBeUndefined();
  });

  it('redacts tokens in form values and keeps the other fields in order', () => {
    const omitted: string[] = [];
    expect(
      sanitizeBody(
        `a=1&note=CwsAuth+Bearer%3D${JWT}&password=p&b=2`,
        'application/x-www-form-urlencoded',
        omitted,
      ),
    ).toBe(`a=1&note=CwsAuth+Bearer%3D${encodeURIComponent(REDACTED)}&b=2`);
    expect(omitted).toEqual(['body password']);
  });

  it.each([
    ['password: hunter2', 'password: <removed>'],
    ['passwd=hunter2&x=1', 'passwd=<removed>&x=1'],
    ['"secret" : "s3"', '"secret" : <removed>'],
    ['clientSecret=abc', 'clientSecret=<removed>'],
    ['client_secret=abc}', 'client_secret=<removed>}'],
  ])('redacts %j in a body that is not JSON', (body, kept) => {
    const omitted: string[] = [];
    expect(sanitizeBody(body, 'text/plain', omitted)).toBe(kept);
    expect(omitted).toEqual(['body (secret-looking values)']);
  });

  it('keeps plain text without secrets as it is, and says nothing was left out', () => {
    const omitted: string[] = [];
    expect(sanitizeBody('just text', 'text/plain', omitted)).toBe('just text');
    expect(omitted).toEqual([]);
  });

  it('redacts a CwsAuth value whatever its case and spacing', () => {
    expect(redactTokens('cwsauth   BEARER = opaque123 rest')).toBe(`cwsauth   BEARER = ${REDACTED} rest`);
  });

  it('keeps no body for a GET, and trims the values it keeps', () => {
    const kept = sanitizeInputs(
      { ...daasSpec, method: 'GET' },
      { params: { 'path:nameOrId': '  m1  ', 'query:Limit': '   ' }, body: '{"a":1}' },
    );
    expect(kept.params).toEqual({ 'path:nameOrId': 'm1' });
    expect(kept.body).toBeUndefined();
  });

  it('redacts a token pasted into an ordinary parameter', () => {
    const kept = sanitizeInputs(daasSpec, { params: { 'path:nameOrId': `x ${JWT}` }, body: '' });
    expect(kept.params).toEqual({ 'path:nameOrId': `x ${REDACTED}` });
  });
});

describe('sanitizer edges (mutation survivors)', () => {
  it('redacts a CwsAuth value with no space, or several, around "="', () => {
    expect(redactTokens('CwsAuth Bearer=opaque1')).toBe(`CwsAuth Bearer=${REDACTED}`);
    expect(redactTokens('cwsauth bearer  =  opaque2')).toBe(`cwsauth bearer  =  ${REDACTED}`);
    expect(redactTokens('CwsAuth Bearer= opaque3')).toBe(`CwsAuth Bearer= ${REDACTED}`);
  });

  it('keeps numbers, booleans and null in a JSON body as they are', () => {
    const omitted: string[] = [];
    const kept = sanitizeBody(
      '{"n":5,"t":true,"f":false,"z":null,"a":[1,null]}',
      'application/json',
      omitted,
    );
    expect(kept).toBe(JSON.stringify({ n: 5, t: true, f: false, z: null, a: [1, null] }, null, 2));
    expect(sanitizeBody('{"n":5,"t":true}', 'application/json', omitted)).toBe(
      '{\n  "n": 5,\n  "t": true\n}',
    );
    expect(omitted).toEqual([]);
  });

  it('drops a secret form field even when the body starts with a line break', () => {
    const omitted: string[] = [];
    expect(sanitizeBody('\ntoken=opaque9&a=1\n', 'application/x-www-form-urlencoded', omitted)).toBe('a=1');
    expect(omitted).toEqual(['body token']);
  });

  it('drops form fields named like secrets, not only the exact query names', () => {
    const omitted: string[] = [];
    expect(
      sanitizeBody(
        'user=bob&AdminPassword=hunter2&clientsecret=s1&client_secret=s2',
        'application/x-www-form-urlencoded; charset=utf-8',
        omitted,
      ),
    ).toBe('user=bob');
    expect(omitted).toEqual(['body AdminPassword', 'body clientsecret', 'body client_secret']);
  });

  it('walks JSON nested exactly to the limit and refuses one level more, even after whitespace', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const omitted: string[] = [];
    expect(sanitizeBody(nested(MAX_JSON_NESTING), 'application/json', omitted)).toBeDefined();
    expect(omitted).toEqual([]);
    expect(sanitizeBody(` \n${nested(MAX_JSON_NESTING + 1)}`, 'application/json', omitted)).toBeUndefined();
    expect(omitted).toEqual(['body (nested too deeply to keep)']);
  });

  it('keeps text that only contains deep brackets (it is not walked), redacting its secrets', () => {
    const omitted: string[] = [];
    const text = `x${'['.repeat(MAX_JSON_NESTING + 5)} password=hunter2`;
    expect(sanitizeBody(text, 'text/plain', omitted)).toBe(
      `x${'['.repeat(MAX_JSON_NESTING + 5)} password=${REDACTED}`,
    );
    expect(omitted).toEqual(['body (secret-looking values)']);
  });

  it('redacts a whole quoted secret in text, spaces and all', () => {
    const omitted: string[] = [];
    const kept = sanitizeBody('{"password": "correct horse battery", broken', 'application/json', omitted)!;
    expect(kept).toBe(`{"password": ${REDACTED}, broken`);
    expect(kept).not.toMatch(/horse|battery/);
  });

  it('has no body key at all when nothing of the body is kept', () => {
    const kept = sanitizeInputs(daasSpec, { params: { 'query:Limit': '5' }, body: '  ' });
    expect(kept).toStrictEqual({ params: { 'query:Limit': '5' }, omitted: [] });
    expect('body' in kept).toBe(false);
  });
});
