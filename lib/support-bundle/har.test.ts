import { describe, expect, it } from 'vitest';

import { callsFromHistory } from './calls';
import { buildHar, HAR_CREATOR } from './har';
import { harSchema } from './har-schema';
import { failingEntry, fullPath, goodEntry } from './test-support';

const calls = callsFromHistory([goodEntry(), failingEntry()], {
  fullPath,
  appOrigin: 'http://127.0.0.1:3000',
});

describe('the HAR of a support bundle', () => {
  it('is valid HAR 1.2', () => {
    const har = buildHar(calls, '0.1.0');
    expect(harSchema.safeParse(har).success).toBe(true);
    expect(harSchema.safeParse(JSON.parse(JSON.stringify(har))).success).toBe(true);
    expect(har.log.creator).toEqual({ name: HAR_CREATOR, version: '0.1.0' });
  });

  it('holds each call: method, URL, query, headers, status, time, and the transaction and job ids', () => {
    const [good, bad] = buildHar(calls, '0.1.0').log.entries;
    expect(good!.request).toMatchObject({
      method: 'GET',
      url: 'https://api-us.cloud.com/systemlog/records?Limit=3',
      queryString: [{ name: 'Limit', value: '3' }],
      headers: [{ name: 'Citrix-CustomerId', value: 'cust01' }],
    });
    expect(good!.startedDateTime).toBe('2026-12-04T17:40:00.000Z');
    expect(good!.time).toBe(120);
    expect(bad!.response.status).toBe(400);
    expect(bad!.response.headers).toContainEqual({ name: 'citrix-transactionid', value: 'tx-bad-2' });
    expect(bad!.response.content.text).toContain('MissingInstanceId');
    expect(JSON.stringify(bad)).toContain('"_citrixTransactionId":"tx-bad-2"');
  });

  it('carries a request body as postData and an explorer refusal as status 0', () => {
    const [call] = callsFromHistory(
      [
        failingEntry({
          method: 'POST',
          status: 403,
          errorCode: 'READ_ONLY_DEPLOYMENT',
          inputs: { params: {}, body: '{"Name":"cat"}', omitted: ['header X-AdminCredential'] },
        }),
      ],
      { fullPath, appOrigin: 'http://x' },
    );
    const har = buildHar([call!], '0.1.0');
    expect(harSchema.safeParse(har).success).toBe(true);
    const [entry] = har.log.entries;
    expect(entry!.request.postData).toEqual({ mimeType: 'application/json', text: '{\n  "Name": "cat"\n}' });
    expect(entry!.request.comment).toContain('X-AdminCredential');
    expect(entry!.response.status).toBe(0);
    expect(entry!.response.statusText).toBe('Explorer: READ_ONLY_DEPLOYMENT');
  });

  it('the schema refuses what is not HAR 1.2', () => {
    const har = buildHar(calls, '0.1.0');
    const entry = har.log.entries[0]!;
    expect(harSchema.safeParse({ log: { ...har.log, version: '1.1' } }).success).toBe(false);
    expect(harSchema.safeParse({ log: { ...har.log, creator: { name: 'x' } } }).success).toBe(false);
    const bad = [
      { ...entry, startedDateTime: 'yesterday' },
      { ...entry, time: -5 },
      { ...entry, request: { ...entry.request, url: 'not a url' } },
      { ...entry, request: { ...entry.request, headers: [{ name: 'a' }] } },
      { ...entry, response: { ...entry.response, content: { size: 1 } } },
      { ...entry, timings: { send: 0, wait: 1 } },
    ];
    for (const item of bad)
      expect(harSchema.safeParse({ log: { ...har.log, entries: [item] } }).success).toBe(false);
  });
});
