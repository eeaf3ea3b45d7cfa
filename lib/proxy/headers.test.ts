import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/http/api-error';

import {
  buildOutboundHeaders,
  cwsAuthorization,
  filterResponseHeaders,
  OUTBOUND_HEADER_ALLOWLIST,
  tokenFromOverride,
} from './headers';

const AUTH = cwsAuthorization('TOKEN_CANARY_session');
const TXN = '2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9b';

describe('buildOutboundHeaders', () => {
  it('keeps the allowlisted headers, lower-cased, and sets our Authorization', () => {
    const headers = buildOutboundHeaders(
      [
        ['Accept', 'application/json'],
        ['Content-Type', 'application/json'],
        ['Citrix-CustomerId', 'acme01'],
        ['Citrix-InstanceId', 'site-1'],
        ['Citrix-TransactionId', TXN],
        ['Citrix-Locale', 'ja'],
        ['If-Match', '"v1"'],
        ['If-None-Match', '"v2"'],
        ['X-ActionName', 'PowerOn'],
        ['Accept-Language', 'en'],
      ],
      AUTH,
    );
    expect(headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      'citrix-customerid': 'acme01',
      'citrix-instanceid': 'site-1',
      'citrix-transactionid': TXN,
      'citrix-locale': 'ja',
      'if-match': '"v1"',
      'if-none-match': '"v2"',
      'x-actionname': 'PowerOn',
      'accept-language': 'en',
      authorization: 'CwsAuth Bearer=TOKEN_CANARY_session',
    });
  });

  it.each([
    'Cookie',
    'Host',
    'Origin',
    'Referer',
    'X-Forwarded-For',
    'X-Forwarded-Host',
    'X-Forwarded-Proto',
    'Forwarded',
    'X-Real-IP',
    'Next-Router-State-Tree',
    'Next-Action',
    'RSC',
    'X-Middleware-Subrequest',
    'X-Middleware-Prefetch',
    'Proxy-Authorization',
    'Proxy-Connection',
    'TE',
    'Upgrade',
    'Connection',
    'Keep-Alive',
    'Transfer-Encoding',
    'Content-Length',
    'X-AdminCredential',
    'Sec-Fetch-Site',
    'User-Agent',
    'X-Scalar-Cookie',
  ])('D28 drops %s', (name) => {
    const headers = buildOutboundHeaders([[name, 'value']], AUTH);
    expect(Object.keys(headers)).toEqual(['authorization']);
  });

  it('D29 drops a browser-sent Authorization, whatever its case or position', () => {
    const headers = buildOutboundHeaders(
      [
        ['Authorization', 'Bearer x'],
        ['authorization', 'CwsAuth Bearer=attacker'],
        ['AUTHORIZATION', 'CwsAuth Bearer=other'],
      ],
      AUTH,
    );
    expect(headers).toEqual({ authorization: 'CwsAuth Bearer=TOKEN_CANARY_session' });
  });

  it('joins a repeated allowlisted header instead of letting the last one win silently', () => {
    expect(
      buildOutboundHeaders(
        [
          ['Accept', 'application/json'],
          ['accept', 'text/plain'],
        ],
        AUTH,
      ).accept,
    ).toBe('application/json, text/plain');
  });

  it('refuses values fetch could not send (beyond Latin-1) with a 400, not a 500 later', () => {
    expect(() => buildOutboundHeaders([['Citrix-Locale', '日本']], AUTH)).toThrow(ApiError);
    try {
      buildOutboundHeaders([['Citrix-Locale', '日本']], AUTH);
    } catch (error) {
      expect((error as ApiError).status).toBe(400);
      expect((error as ApiError).code).toBe('INVALID_HEADER');
    }
  });

  it.each([
    'txn-1',
    'not a uuid',
    '2b6c5f3e8d1a4f0e9c7b3a5d2e1f0c9b',
    '2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9bX',
    '{2b6c5f3e-8d1a-4f0e-9c7b-3a5d2e1f0c9b}',
  ])('refuses a Citrix-TransactionId that is not a uuid (%j) with a 400 that says so', (value) => {
    let caught: unknown;
    try {
      buildOutboundHeaders([['Citrix-TransactionId', value]], AUTH);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ status: 400, code: 'INVALID_TRANSACTION_ID' });
    expect((caught as ApiError).message).toMatch(/^Citrix-TransactionId must be a UUID/);
  });

  it('leaves out an empty Citrix-TransactionId (Citrix then makes one)', () => {
    expect(buildOutboundHeaders([['Citrix-TransactionId', '  ']], AUTH)).toEqual({ authorization: AUTH });
  });

  it('accepts a Citrix-TransactionId uuid in either case, trimmed', () => {
    expect(
      buildOutboundHeaders([['citrix-transactionid', ` ${TXN.toUpperCase()} `]], AUTH)[
        'citrix-transactionid'
      ],
    ).toBe(TXN.toUpperCase());
  });

  it('has exactly the documented allowlist', () => {
    expect([...OUTBOUND_HEADER_ALLOWLIST].sort()).toEqual([
      'accept',
      'accept-language',
      'citrix-customerid',
      'citrix-instanceid',
      'citrix-locale',
      'citrix-transactionid',
      'content-type',
      'if-match',
      'if-none-match',
      'x-actionname',
    ]);
  });
});

describe('tokenFromOverride', () => {
  it.each([
    ['CwsAuth Bearer=abc.def.ghi', 'abc.def.ghi'],
    ['cwsauth bearer=abc.def.ghi', 'abc.def.ghi'],
    ['  CwsAuth   Bearer = abc+/=  ', 'abc+/='],
    ['abc.def.ghi', 'abc.def.ghi'],
    ['  eyJhbGciOi.x_y-z  ', 'eyJhbGciOi.x_y-z'],
  ])('accepts %j', (value, token) => {
    expect(tokenFromOverride(value)).toBe(token);
  });

  it.each(['Bearer abc', 'Basic dXNlcjpwYXNz', 'CwsAuth Bearer=', 'a b', 'tok\u00e9n', 'CwsAuth Bearer=a b'])(
    'refuses %j with 400 INVALID_AUTHORIZATION',
    (value) => {
      expect(() => tokenFromOverride(value)).toThrow(
        expect.objectContaining({ status: 400, code: 'INVALID_AUTHORIZATION' }),
      );
    },
  );
});

describe('filterResponseHeaders', () => {
  it('D30/I67 drops cookies, CORS grants, hop-by-hop headers and everything Connection names', () => {
    const filtered = filterResponseHeaders({
      'content-type': 'application/json',
      'citrix-transactionid': 'txn',
      location: '/next',
      'retry-after': '7',
      'set-cookie': 'session=UPSTREAM; HttpOnly',
      'set-cookie2': 'legacy=1',
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'x',
      connection: 'X-Secret, keep-alive',
      'x-secret': '1',
      'keep-alive': 'timeout=5',
      'proxy-authenticate': 'Basic',
      'proxy-connection': 'keep-alive',
      te: 'trailers',
      trailer: 'x-checksum',
      'transfer-encoding': 'chunked',
      upgrade: 'h2c',
      'content-encoding': 'gzip',
      'content-length': '12',
    });
    expect(filtered).toEqual([
      ['content-type', 'application/json'],
      ['citrix-transactionid', 'txn'],
      ['location', '/next'],
      ['retry-after', '7'],
    ]);
  });
});

describe('header boundaries a mutation pass checks', () => {
  it('sends tab and Latin-1 characters, refuses DEL and other control characters', () => {
    expect(buildOutboundHeaders([['Citrix-Locale', 'a\tb\u00e9\u00ff ~']], AUTH)['citrix-locale']).toBe(
      'a\tb\u00e9\u00ff ~',
    );
    for (const bad of ['a\u007fb', 'a\u0000b', 'a\nb', 'a\u001fb', 'a\u0100b'])
      expect(() => buildOutboundHeaders([['Citrix-Locale', bad]], AUTH)).toThrow(
        expect.objectContaining({ status: 400, code: 'INVALID_HEADER' }),
      );
  });

  it('names the header in the refusal, as the user wrote it', () => {
    expect(() => buildOutboundHeaders([['Citrix-Locale', '\u0001']], AUTH)).toThrow(
      'The value of header Citrix-Locale contains characters that cannot be sent.',
    );
  });

  it('trims values and matches names whatever their case', () => {
    expect(buildOutboundHeaders([['ACCEPT', '  application/json  ']], AUTH)).toEqual({
      accept: 'application/json',
      authorization: AUTH,
    });
  });

  it('refuses a token over 16,384 characters and accepts one at the limit', () => {
    expect(tokenFromOverride('a'.repeat(16_384))).toHaveLength(16_384);
    expect(() => tokenFromOverride('a'.repeat(16_385))).toThrow(
      expect.objectContaining({ code: 'INVALID_AUTHORIZATION' }),
    );
    expect(() => tokenFromOverride('')).toThrow(expect.objectContaining({ code: 'INVALID_AUTHORIZATION' }));
  });

  it('keeps headers Connection does not name, and drops proxy-* and access-control-* of any case', () => {
    expect(
      filterResponseHeaders({
        Connection: 'close',
        'X-Kept': '1',
        'Proxy-Status': 'x',
        'Access-Control-Max-Age': '5',
        ETag: '"v1"',
      }),
    ).toEqual([
      ['x-kept', '1'],
      ['etag', '"v1"'],
    ]);
  });
});

describe('header edges (mutation survivors)', () => {
  const refusedOverride = (value: string) => {
    try {
      tokenFromOverride(value);
    } catch (error) {
      return error as ApiError;
    }
    throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  };

  it('reads the token only from a value that starts with the CwsAuth scheme', () => {
    expect(tokenFromOverride('  CwsAuth Bearer=abc.def  ')).toBe('abc.def');
    for (const value of ['xCwsAuth Bearer=abc', 'Basic CwsAuth Bearer=abc', 'CwsAuth Bearer=abc junk']) {
      const error = refusedOverride(value);
      expect(error).toMatchObject({ status: 400, code: 'INVALID_AUTHORIZATION' });
      expect(error.message).toBe(
        'The Authorization value must be "CwsAuth Bearer=<token>" or the bare token.',
      );
    }
  });

  it('forwards a valid Citrix-TransactionId and skips only an empty one', () => {
    expect(buildOutboundHeaders([['Citrix-TransactionId', TXN]], AUTH)).toEqual({
      'citrix-transactionid': TXN,
      authorization: AUTH,
    });
    expect(buildOutboundHeaders([['If-None-Match', '']], AUTH)).toEqual({
      'if-none-match': '',
      authorization: AUTH,
    });
  });

  it('trims every value of a repeated header before joining them', () => {
    expect(
      buildOutboundHeaders(
        [
          ['Accept-Language', ' en '],
          ['accept-language', '  fr  '],
        ],
        AUTH,
      ),
    ).toEqual({
      'accept-language': 'en, fr',
      authorization: AUTH,
    });
  });

  it('drops a header Connection names after a comma and a space', () => {
    expect(
      filterResponseHeaders({ connection: 'close,  X-Secret ', 'x-secret': '1', 'x-kept': '2' }),
    ).toEqual([['x-kept', '2']]);
  });

  it('drops Keep-Alive even when Connection does not name it', () => {
    expect(filterResponseHeaders({ 'Keep-Alive': 'timeout=5', etag: '"v1"' })).toEqual([['etag', '"v1"']]);
  });
});
