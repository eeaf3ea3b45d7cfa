import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, callSandbox, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';
import { parseFilter } from './odata-filter';

setupTestEnv();

type OData<T = Record<string, unknown>> = {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: T[];
};
const q = (path: string) => `/monitorodata/${path.replace(/ /g, '%20')}`;

describe('Monitor OData', () => {
  beforeEach(() => resetSandboxData());

  it('answers an OData body with context, count and OData headers', async () => {
    const { status, body, response } = await callJson<OData<{ LifecycleState: number }>>(
      q('Machines?$filter=LifecycleState eq 0&$count=true'),
    );
    expect(status).toBe(200);
    expect(response.headers.get('odata-version')).toBe('4.0');
    expect(response.headers.get('content-type')).toContain('odata.metadata=minimal');
    expect(body['@odata.context']).toBe('http://localhost:3000/sandbox/monitorodata/$metadata#Machines');
    expect(body['@odata.count']).toBe(14);
    expect(body.value.every((machine) => machine.LifecycleState === 0)).toBe(true);
    const all = await callJson<OData>(q('Machines?$count=true'));
    expect(all.body['@odata.count']).toBe(16);
  });

  it('filters with and / strings / booleans / guids', async () => {
    const on = await callJson<OData<{ CurrentPowerState: number; IsInMaintenanceMode: boolean }>>(
      q('Machines?$filter=CurrentPowerState eq 3 and IsInMaintenanceMode eq false'),
    );
    expect(on.body.value.length).toBeGreaterThan(0);
    expect(
      on.body.value.every((machine) => machine.CurrentPowerState === 3 && !machine.IsInMaintenanceMode),
    ).toBe(true);
    const named = await callJson<OData<{ Name: string; Id: string }>>(
      q("Machines?$filter=Name eq 'CONTOSO\\W11-POOL-001'"),
    );
    expect(named.body.value).toHaveLength(1);
    const byId = await callJson<OData>(q(`Machines?$filter=Id eq ${named.body.value[0]!.Id}`));
    expect(byId.body.value).toHaveLength(1);
  });

  it('pages with @odata.nextLink built from the request origin, honouring $top', async () => {
    const first = await callJson<OData<{ SessionKey: string }>>(q('Sessions?$count=true'));
    expect(first.body.value).toHaveLength(100);
    const total = first.body['@odata.count']!;
    expect(total).toBeGreaterThan(100);
    const next = first.body['@odata.nextLink']!;
    expect(next.startsWith('http://localhost:3000/sandbox/monitorodata/Sessions?')).toBe(true);
    const url = new URL(next);
    const second = await callJson<OData<{ SessionKey: string }>>(
      `${url.pathname.replace(/^\/sandbox/, '')}${url.search}`,
    );
    expect(second.body.value).toHaveLength(total - 100);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    expect(
      new Set([...first.body.value, ...second.body.value].map((session) => session.SessionKey)).size,
    ).toBe(total);

    const topped = await callJson<OData>(q('Sessions?$top=120'));
    expect(topped.body.value).toHaveLength(100);
    const rest = new URL(topped.body['@odata.nextLink']!);
    expect(rest.searchParams.get('$top')).toBe('20');
    expect(rest.searchParams.get('$skip')).toBe('100');
    const small = await callJson<OData>(q('Sessions?$top=5&$skip=3'));
    expect(small.body.value).toHaveLength(5);
    expect(small.body['@odata.nextLink']).toBeUndefined();
  });

  it('expands ApplicationInstances on Sessions and projects with $select', async () => {
    const { body } = await callJson<OData<{ SessionType: number; ApplicationInstances?: unknown[] }>>(
      q('Sessions?$filter=SessionType eq 1 and EndDate eq null&$expand=ApplicationInstances'),
    );
    expect(body.value.length).toBeGreaterThan(0);
    expect(body.value.every((session) => Array.isArray(session.ApplicationInstances))).toBe(true);
    expect(body.value.some((session) => (session.ApplicationInstances ?? []).length > 0)).toBe(true);
    const plain = await callJson<OData>(q('Sessions?$top=1'));
    expect(plain.body.value[0]).not.toHaveProperty('ApplicationInstances');
    const selected = await callJson<OData>(q('Machines?$select=Id,Name&$top=1'));
    expect(Object.keys(selected.body.value[0]!)).toEqual(['Id', 'Name']);
    expect(selected.body['@odata.context']).toContain('#Machines(Id,Name)');
  });

  it('orders with $orderby', async () => {
    const { body } = await callJson<OData<{ Name: string }>>(
      q('Machines?$orderby=Name desc&$filter=LifecycleState eq 0'),
    );
    const names = body.value.map((machine) => machine.Name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it.each([
    ['unknown property', 'Machines?$filter=Foo eq 1'],
    ['bad syntax', 'Machines?$filter=Name eq'],
    ['unsupported function', "Machines?$filter=tolower(Name) eq 'w11'"],
    ['string function on a number', "Machines?$filter=contains(LifecycleState,'1')"],
    ['type mismatch', "Machines?$filter=LifecycleState eq 'zero'"],
    ['unknown option', 'Machines?$search=x'],
    ['negative $top', 'Machines?$top=-1'],
    ['unknown $expand', 'Machines?$expand=Catalog'],
    ['unknown $select', 'Sessions?$select=Nope'],
  ])('answers 400 with an OData error for %s', async (_label, path) => {
    const response = await callSandbox(q(path));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/not valid|not supported/);
  });

  it('reflects DaaS power actions', async () => {
    const name = encodeURIComponent('CONTOSO\\W11-POOL-001');
    await callSandbox(`/cvad/manage/Machines/${name}/$shutdown`, {
      method: 'POST',
      headers: { 'citrix-instanceid': 'd07b0649-ff84-4e01-a764-8b14efe41ce2' },
    });
    const { body } = await callJson<OData<{ CurrentPowerState: number }>>(
      q("Machines?$filter=Name eq 'CONTOSO\\W11-POOL-001'"),
    );
    expect(body.value[0]?.CurrentPowerState).toBe(2);
  });
});

describe('parseFilter', () => {
  const props = { A: 'Edm.Int32', B: 'Edm.String', C: 'Edm.Boolean', D: 'Edm.DateTimeOffset' } as const;
  const rows = [
    { A: 1, B: "it's", C: true, D: '2025-01-01T00:00:00Z' },
    { A: 2, B: 'x', C: false, D: '2025-03-01T00:00:00Z' },
    { A: 3, B: 'y', C: true, D: null },
  ];
  const run = (expression: string) => rows.filter(parseFilter(expression, props, 'T')).map((row) => row.A);

  it('handles comparison operators, and/or/not, parentheses, quotes and null', () => {
    expect(run('A gt 1')).toEqual([2, 3]);
    expect(run("B eq 'it''s'")).toEqual([1]);
    expect(run('A eq 1 or A eq 3')).toEqual([1, 3]);
    expect(run('C eq true and (A eq 1 or A eq 2)')).toEqual([1]);
    expect(run('not (C eq true)')).toEqual([2]);
    expect(run('D eq null')).toEqual([3]);
    expect(run('D ge 2025-02-01T00:00:00Z')).toEqual([2]);
  });

  it('handles contains, startswith and endswith on strings, case-insensitively', () => {
    expect(run("contains(B,'T''S')")).toEqual([1]);
    expect(run("startswith(B,'x') or endswith(B,'y')")).toEqual([2, 3]);
    expect(run("not contains(B,'x') and A gt 1")).toEqual([3]);
    expect(() => run("contains(A,'1')")).toThrow(
      /No function signature for the function with name 'contains'/,
    );
    expect(() => run("contains(B 'x')")).toThrow(/separated by a comma/);
    expect(() => run("contains(Nope,'x')")).toThrow(/Could not find a property named 'Nope'/);
  });

  it('throws on syntax it does not support', () => {
    expect(() => run('A eq 1 and')).toThrow();
    expect(() => run('(A eq 1')).toThrow();
    expect(() => run('A has 1')).toThrow();
    expect(() => run("B eq 'open")).toThrow();
  });
});
