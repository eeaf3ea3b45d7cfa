import { describe, expect, it } from 'vitest';

import type { UpstreamResponse } from '@/lib/upstream/types';

import { toInvokeResult } from './invoke-result';

const response = (overrides: Partial<UpstreamResponse> = {}): UpstreamResponse => ({
  status: 200,
  statusText: 'OK',
  headers: {},
  setCookieCount: 0,
  body: new Uint8Array(0),
  truncated: false,
  durationMs: 12.3,
  url: 'https://api-us.cloud.com/x',
  ...overrides,
});
const bytes = (text: string) => new TextEncoder().encode(text);

describe('toInvokeResult', () => {
  it('passes JSON as text, untouched (even when invalid)', () => {
    const result = toInvokeResult(
      response({ headers: { 'content-type': 'application/problem+json' }, body: bytes('{"a": [1,') }),
      false,
    );
    expect(result).toMatchObject({
      bodyEncoding: 'text',
      body: '{"a": [1,',
      sizeBytes: 9,
      contentType: 'application/problem+json',
    });
    expect(result.renewed).toBeUndefined();
  });

  it('sends binary and invalid UTF-8 as base64', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff]);
    expect(
      toInvokeResult(response({ headers: { 'content-type': 'image/png' }, body: png }), false),
    ).toMatchObject({ bodyEncoding: 'base64', body: Buffer.from(png).toString('base64') });
    expect(
      toInvokeResult(
        response({ headers: { 'content-type': 'text/plain' }, body: new Uint8Array([0xc3, 0x28]) }),
        false,
      ).bodyEncoding,
    ).toBe('base64');
    expect(toInvokeResult(response({ body: new Uint8Array([0x41, 0x00, 0x01]) }), false).bodyEncoding).toBe(
      'base64',
    );
    expect(toInvokeResult(response({ body: bytes('plain words') }), false)).toMatchObject({
      bodyEncoding: 'text',
      body: 'plain words',
    });
  });

  it('keeps a truncated text body as text even when the cut split a character', () => {
    const cut = bytes('日本語').subarray(0, 7);
    expect(
      toInvokeResult(
        response({ headers: { 'content-type': 'application/json' }, body: cut, truncated: true }),
        false,
      ),
    ).toMatchObject({ bodyEncoding: 'text', body: '日本', truncated: true });
  });

  it("picks the transaction id from any of Citrix's header names", () => {
    expect(toInvokeResult(response({ headers: { 'citrix-transactionid': 'a' } }), false).transactionId).toBe(
      'a',
    );
    expect(toInvokeResult(response({ headers: { 'x-cws-transactionid': 'b' } }), false).transactionId).toBe(
      'b',
    );
    expect(toInvokeResult(response({ headers: { 'cc-transactionid': 'c' } }), false).transactionId).toBe('c');
    expect(toInvokeResult(response(), false).transactionId).toBeUndefined();
  });

  it('reports Location for 3xx only, retryAfterSeconds for 429/503 only, renewed when set', () => {
    expect(
      toInvokeResult(response({ status: 302, headers: { location: 'http://169.254.169.254/' } }), false)
        .location,
    ).toBe('http://169.254.169.254/');
    expect(
      toInvokeResult(response({ status: 201, headers: { location: '/x' } }), false).location,
    ).toBeUndefined();
    expect(
      toInvokeResult(response({ status: 429, headers: { 'retry-after': '7' } }), false).retryAfterSeconds,
    ).toBe(7);
    const citrix = bytes(JSON.stringify({ type: 'x', parameters: [{ name: 'retryDelay', value: '12' }] }));
    expect(
      toInvokeResult(
        response({ status: 429, headers: { 'content-type': 'application/json' }, body: citrix }),
        false,
      ).retryAfterSeconds,
    ).toBe(12);
    expect(
      toInvokeResult(response({ status: 503, headers: { 'retry-after': 'abc' } }), false).retryAfterSeconds,
    ).toBeUndefined();
    expect(
      toInvokeResult(response({ status: 500, headers: { 'retry-after': '7' } }), false).retryAfterSeconds,
    ).toBeUndefined();
    expect(toInvokeResult(response(), true).renewed).toBe(true);
  });
});
