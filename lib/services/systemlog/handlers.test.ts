import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';

setupTestEnv();

interface Page {
  Items: { RecordId: string; UtcTimestamp: string; CustomerId: string }[];
  Count: number;
  EstimatedTotalItems: number;
  ContinuationToken: string | null;
}

describe('SystemLog GET /records', () => {
  beforeEach(() => resetSandboxData());

  it('returns the first page with the default limit of 50, newest first', async () => {
    const { status, body } = await callJson<Page>('/systemlog/records');
    expect(status).toBe(200);
    expect(body.Count).toBe(50);
    expect(body.Items).toHaveLength(50);
    expect(body.EstimatedTotalItems).toBeGreaterThanOrEqual(250);
    expect(typeof body.ContinuationToken).toBe('string');
    const times = body.Items.map((item) => Date.parse(item.UtcTimestamp));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(body.Items[0]?.CustomerId).toBe('sandboxdemo01');
  });

  it('pages through every record with the ContinuationToken and ends with null', async () => {
    const seen = new Set<string>();
    let token: string | null = null;
    let pages = 0;
    do {
      const query: string = token
        ? `?Limit=200&ContinuationToken=${encodeURIComponent(token)}`
        : '?Limit=200';
      const { status, body }: { status: number; body: Page } = await callJson<Page>(
        `/systemlog/records${query}`,
      );
      expect(status).toBe(200);
      for (const item of body.Items) seen.add(item.RecordId);
      token = body.ContinuationToken;
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(2);
    expect(token).toBeNull();
    expect(seen.size).toBeGreaterThanOrEqual(250);
  });

  it.each(['0', '201', '10000000', '-1'])('rejects Limit=%s with common/outOfRange', async (limit) => {
    const { status, body } = await callJson(`/systemlog/records?Limit=${limit}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      type: 'https://errors-api.cloud.com/common/outOfRange',
      detail: 'Maximum items per page is between 1 and 200',
    });
  });

  it('accepts the bounds 1 and 200', async () => {
    expect((await callJson<Page>('/systemlog/records?Limit=1')).body.Count).toBe(1);
    expect((await callJson<Page>('/systemlog/records?limit=200')).body.Count).toBe(200);
  });

  it('rejects a start after the end', async () => {
    const { status, body } = await callJson(
      '/systemlog/records?StartDateTime=2025-03-01T00:00:00Z&EndDateTime=2025-02-01T00:00:00Z',
    );
    expect(status).toBe(400);
    expect(body.type).toBe('https://errors-api.cloud.com/systemlog/getRecordsDateTimeRangeInvalid');
    expect(body.detail).toBe('Start DateTime cannot be after the end DateTime.');
  });

  it('filters by date range', async () => {
    const all = (await callJson<Page>('/systemlog/records?Limit=200')).body.Items;
    const pivot = all[100]!.UtcTimestamp;
    const { body } = await callJson<Page>(`/systemlog/records?Limit=200&StartDateTime=${pivot}`);
    expect(body.Items.every((item) => item.UtcTimestamp >= pivot)).toBe(true);
    expect(body.Count).toBeGreaterThanOrEqual(100);
    expect(body.Count).toBeLessThan(200);
  });

  it('rejects a forged continuation token', async () => {
    const { status } = await callJson('/systemlog/records?ContinuationToken=not-a-token');
    expect(status).toBe(400);
  });

  it('needs the Citrix-CustomerId header (401 invalid) and exact Accept (406)', async () => {
    expect((await callJson('/systemlog/records', { headers: { 'citrix-customerid': null } })).status).toBe(
      401,
    );
    const notAcceptable = await callJson('/systemlog/records', { headers: { accept: '*/*' } });
    expect(notAcceptable.status).toBe(406);
    expect(notAcceptable.body.type).toBe('https://errors-api.cloud.com/common/notAcceptable');
  });

  it('rejects a missing Authorization header with reason missing', async () => {
    const { status, body } = await callJson('/systemlog/records', { headers: { authorization: null } });
    expect(status).toBe(401);
    expect(body.parameters).toEqual([{ name: 'reason', value: 'missing' }]);
  });
});
