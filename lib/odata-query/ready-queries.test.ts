import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';
import { resetSandboxData } from '@/lib/services/sandbox-state';

import { buildODataQuery } from './build-query';
import { countBuckets } from './count-buckets';
import { ENTITY_SETS } from './entity-sets';
import { MONITOR_SERVICE } from './monitor-service';
import { READY_QUERIES } from './ready-queries';
import { describeValue } from './row-value';

setupTestEnv();

type OData = { value: Record<string, unknown>[]; '@odata.count'?: number };

/** Calls the sandbox's Monitor service with a built query, encoded as the proxy sends it. */
async function runOnSandbox(path: string, query: [string, string][]) {
  const search = new URLSearchParams(query).toString();
  return callJson<OData>(`${MONITOR_SERVICE.basePath}${path}?${search}`);
}

describe('the ready queries on the sandbox', () => {
  beforeEach(() => resetSandboxData());

  it.each(READY_QUERIES.map((ready) => [ready.title, ready] as const))(
    '“%s” returns rows',
    async (_title, ready) => {
      const built = buildODataQuery(ready.model, new Date());
      if (!built.ok) throw new Error(JSON.stringify(built.problems));
      const { status, body } = await runOnSandbox(built.query.path, built.query.query);
      expect(status).toBe(200);
      expect(body.value.length).toBeGreaterThan(1);
      expect(body['@odata.count']).toBe(body.value.length);
      // Every row has the fields the table shows, and the counts have something to chart.
      for (const column of built.query.columns) expect(body.value[0]).toHaveProperty(column.name);
      const groupBy = built.query.groupBy!;
      const buckets = countBuckets(body.value, groupBy, (value) => describeValue(groupBy.field, value));
      expect(buckets.filter((bucket) => bucket.count > 0).length).toBeGreaterThan(1);
      expect(buckets.every((bucket) => bucket.label !== '—')).toBe(true);
    },
  );

  it('the slow-logon query finds only slow logons of the last 24 hours', async () => {
    const built = buildODataQuery(READY_QUERIES[0]!.model, new Date());
    if (!built.ok) throw new Error('not built');
    const { body } = await runOnSandbox(built.query.path, built.query.query);
    const dayAgo = Date.now() - 24 * 3_600_000 - 60_000;
    for (const row of body.value) {
      expect(row.LogOnDuration as number).toBeGreaterThan(30_000);
      expect(Date.parse(row.StartDate as string)).toBeGreaterThan(dayAgo);
    }
  });

  it('every field and relation the builder offers exists on the sandbox', async () => {
    for (const set of Object.values(ENTITY_SETS)) {
      const query: [string, string][] = [['$select', set.fields.map((field) => field.name).join(',')]];
      if (set.expand.length > 0) query.push(['$expand', set.expand.map((expand) => expand.name).join(',')]);
      query.push(['$top', '1']);
      const { status, body } = await runOnSandbox(`/${set.name}`, query);
      expect(status, set.name).toBe(200);
      expect(body.value).toHaveLength(1);
    }
  });

  it('the sandbox explains a bad query as Citrix does', async () => {
    const { status, body } = await runOnSandbox('/Sessions', [['$filter', "LogOnDuration gt 'slow'"]]);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        message: expect.stringMatching(/^The query specified in the URI is not valid\. A binary operator/),
      },
    });
  });
});
