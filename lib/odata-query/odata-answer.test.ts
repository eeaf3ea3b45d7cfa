import { describe, expect, it } from 'vitest';

import type { InvokeResult } from '@/lib/schemas/invoke';

import { nextPageQuery, readODataAnswer } from './odata-answer';

const result = (status: number, body: unknown, extra: Partial<InvokeResult> = {}): InvokeResult => ({
  status,
  statusText: '',
  headers: [],
  contentType: 'application/json',
  bodyEncoding: 'text',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  sizeBytes: 0,
  truncated: false,
  durationMs: 1,
  url: 'http://x/sandbox/monitorodata/Sessions',
  ...extra,
});

describe('readODataAnswer', () => {
  it('reads rows, the count and the next page', () => {
    const next = 'http://x/sandbox/monitorodata/Sessions?$filter=A%20eq%201&$skip=100';
    expect(
      readODataAnswer(
        result(200, { '@odata.count': 120, value: [{ A: 1 }, 'junk'], '@odata.nextLink': next }),
      ),
    ).toEqual({ kind: 'rows', rows: [{ A: 1 }], count: 120, nextLink: next });
    expect(nextPageQuery(next)).toEqual([
      ['$filter', 'A eq 1'],
      ['$skip', '100'],
    ]);
  });

  it('shows Citrix’s explanation of a 400', () => {
    const message = "The query specified in the URI is not valid. Could not find a property named 'Foo'.";
    expect(readODataAnswer(result(400, { error: { code: '', message, details: [] } }))).toEqual({
      kind: 'error',
      status: 400,
      message: `Citrix answered 400: ${message}`,
    });
  });

  it('explains a 429 as Monitor’s one query at a time, with the wait it asked for', () => {
    expect(readODataAnswer(result(429, {}, { retryAfterSeconds: 3 })).kind).toBe('error');
    expect(readODataAnswer(result(429, {}, { retryAfterSeconds: 3 }))).toMatchObject({
      message:
        'Citrix runs one Monitor query at a time per customer and answered 429 (too many requests). Try again in 3 s.',
    });
  });

  it('says so when a 200 is not a collection, and falls back to the status text', () => {
    expect(readODataAnswer(result(200, 'not json'))).toMatchObject({
      message: 'The answer is not an OData collection.',
    });
    expect(readODataAnswer(result(503, '', { statusText: 'Service Unavailable' }))).toMatchObject({
      message: 'Citrix answered 503 Service Unavailable',
    });
  });
});
