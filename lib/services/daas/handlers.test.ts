import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { callJson, callSandbox, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';

setupTestEnv();

const SITE = 'd07b0649-ff84-4e01-a764-8b14efe41ce2';
const site = { 'citrix-instanceid': SITE };
type Page<T> = { Items: T[]; ContinuationToken: string | null };
type Machine = {
  Id: string;
  Name: string;
  DnsName: string;
  PowerState: string;
  SessionCount: number;
  SummaryState: string;
};

const daas = <T = Record<string, unknown>>(path: string, options: Parameters<typeof callJson>[1] = {}) =>
  callJson<T>(`/cvad/manage${path}`, { ...options, headers: { ...site, ...options.headers } });

describe('DaaS site discovery and headers', () => {
  beforeEach(() => resetSandboxData());

  it('serves /me and /Sites without Citrix-InstanceId, and the site id works as Citrix-InstanceId', async () => {
    const me = await callJson<{ Customers: { Id: string; Sites: { Id: string }[] }[] }>('/cvad/manage/me');
    expect(me.status).toBe(200);
    expect(me.body.Customers[0]?.Sites[0]?.Id).toBe(SITE);
    const sites = await callJson<{ Items: { Id: string; Name: string }[] }>('/cvad/manage/Sites');
    expect(sites.body.Items[0]).toMatchObject({ Id: SITE, Name: 'cloudxdsite' });
    expect((await daas(`/Sites/${SITE}`)).body.ProductVersion).toBeTruthy();
  });

  it('answers 400 ErrorData without Citrix-InstanceId and 404 ErrorData for an unknown site', async () => {
    const missing = await callJson('/cvad/manage/Machines');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ SdkErrorId: 'MissingInstanceId' });
    expect(typeof missing.body.ErrorMessage).toBe('string');
    const unknown = await daas('/Machines', {
      headers: { 'citrix-instanceid': '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.SdkErrorId).toBe('SiteNotFound');
  });

  it("answers the gateway's bare 500 without Citrix-CustomerId", async () => {
    const { status, body } = await daas('/Machines', { headers: { 'citrix-customerid': null } });
    expect(status).toBe(500);
    expect(body).toMatchObject({ statusCode: 500, message: 'Internal server error' });
  });
});

describe('DaaS reads', () => {
  beforeEach(() => resetSandboxData());

  it('seeds catalogs, delivery groups, machines, sessions, applications and zones', async () => {
    expect((await daas<Page<unknown>>('/MachineCatalogs')).body.Items.length).toBeGreaterThanOrEqual(3);
    expect((await daas<Page<unknown>>('/DeliveryGroups')).body.Items.length).toBeGreaterThanOrEqual(3);
    expect((await daas<Page<unknown>>('/Machines')).body.Items.length).toBeGreaterThanOrEqual(12);
    expect((await daas<Page<unknown>>('/Sessions')).body.Items.length).toBeGreaterThan(0);
    expect((await daas<Page<unknown>>('/Applications')).body.Items.length).toBeGreaterThan(0);
    expect((await daas<Page<unknown>>('/Zones')).body.Items).toHaveLength(3);
  });

  it('pages with limit and continuationToken', async () => {
    const names: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const query: string = token ? `?limit=5&continuationToken=${encodeURIComponent(token)}` : '?limit=5';
      const { body }: { body: Page<Machine> } = await daas<Page<Machine>>(`/Machines${query}`);
      expect(body.Items.length).toBeLessThanOrEqual(5);
      names.push(...body.Items.map((machine) => machine.Name));
      token = body.ContinuationToken;
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(names).size).toBe(names.length);
    expect((await daas('/Machines?limit=0')).status).toBe(400);
    expect((await daas('/Machines?limit=5000')).status).toBe(400);
    expect((await daas('/Machines?continuationToken=bogus')).status).toBe(400);
  });

  it('finds a machine by DOMAIN\\name, DNS name or id, and 404s with ErrorData otherwise', async () => {
    const byName = await daas<Machine>(`/Machines/${encodeURIComponent('CONTOSO\\W11-POOL-001')}`);
    expect(byName.status).toBe(200);
    expect((await daas<Machine>(`/Machines/${byName.body.DnsName}`)).body.Id).toBe(byName.body.Id);
    expect((await daas<Machine>(`/Machines/${byName.body.Id}`)).body.Name).toBe('CONTOSO\\W11-POOL-001');
    const missing = await daas(`/Machines/${encodeURIComponent('CONTOSO\\NOPE')}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ SdkErrorId: 'MachineNotFound' });
    const catalog = await daas('/MachineCatalogs/NoSuchCatalog');
    expect(catalog.status).toBe(404);
    expect(catalog.body).toMatchObject({ SdkErrorId: 'MachineCatalogNotFound' });
    expect((await daas<Page<Machine>>('/MachineCatalogs/win11-pooled/Machines')).body.Items).toHaveLength(6);
    expect(
      (await daas<Page<Machine>>(`/DeliveryGroups/${encodeURIComponent('Finance Desktops')}/Machines`)).body
        .Items,
    ).toHaveLength(6);
  });
});

describe('DaaS actions', () => {
  beforeEach(() => resetSandboxData());
  afterEach(() => vi.useRealTimers());

  it("power actions change the machine's PowerState and end its sessions", async () => {
    const name = encodeURIComponent('CONTOSO\\W11-POOL-001');
    expect((await daas<Machine>(`/Machines/${name}`)).body).toMatchObject({
      PowerState: 'On',
      SessionCount: 1,
      SummaryState: 'InUse',
    });
    const shutdown = await daas<Machine>(`/Machines/${name}/$shutdown`, { method: 'POST' });
    expect(shutdown.status).toBe(200);
    expect((await daas<Machine>(`/Machines/${name}`)).body).toMatchObject({
      PowerState: 'Off',
      SessionCount: 0,
      SummaryState: 'Off',
    });
    const resume = await daas(`/Machines/${name}/$resume`, { method: 'POST' });
    expect(resume.status).toBe(400);
    expect(resume.body.ErrorMessage).toBe('Machine does not support specified power action.');
    expect((await daas<Machine>(`/Machines/${name}/$start`, { method: 'POST' })).body.PowerState).toBe('On');
    const remotePc = await daas(`/Machines/${encodeURIComponent('CONTOSO\\FIN-LT-042')}/$shutdown`, {
      method: 'POST',
    });
    expect(remotePc.status).toBe(400);
  });

  it('logs off and disconnects sessions', async () => {
    const sessions = (await daas<Page<{ Id: string; State: string }>>('/Sessions')).body.Items;
    const active = sessions.find((session) => session.State === 'Active')!;
    // Citrix answers $disconnect with 200 and the session (not 204).
    const disconnected = await daas<{ Id: string; State: string }>(`/Sessions/${active.Id}/$disconnect`, {
      method: 'POST',
    });
    expect(disconnected.status).toBe(200);
    expect(disconnected.body).toMatchObject({ Id: active.Id, State: 'Disconnected' });
    let after = (await daas<Page<{ Id: string; State: string }>>('/Sessions')).body.Items;
    expect(after.find((session) => session.Id === active.Id)?.State).toBe('Disconnected');
    expect(
      (await callSandbox(`/cvad/manage/Sessions/${active.Id}/$logoff`, { method: 'POST', headers: site }))
        .status,
    ).toBe(204);
    after = (await daas<Page<{ Id: string; State: string }>>('/Sessions')).body.Items;
    expect(after.some((session) => session.Id === active.Id)).toBe(false);
    expect((await daas(`/Sessions/${active.Id}/$logoff`, { method: 'POST' })).status).toBe(404);
  });

  it('creates a catalog and refuses a duplicate name', async () => {
    const body = { Name: 'Win11-Pilot', AllocationType: 'Random', SessionSupport: 'SingleSession' };
    const created = await daas('/MachineCatalogs', { method: 'POST', body });
    expect(created.status).toBe(200); // Citrix's CreateMachineCatalog answers 200, not 201
    expect(created.body).toMatchObject({ Name: 'Win11-Pilot', TotalCount: 0, Zone: { Name: 'London DC' } });
    expect((await daas('/MachineCatalogs/Win11-Pilot')).status).toBe(200);
    expect((await daas('/MachineCatalogs', { method: 'POST', body })).status).toBe(409);
    const invalid = await daas('/MachineCatalogs', { method: 'POST', body: { Name: 'x' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.SdkErrorId).toBeTruthy();
  });

  it('runs GET /MachineCatalogs?async=true as a job: 202 + Location, NotStarted → InProgress → Complete, then Results', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T10:00:00Z'));
    const accepted = await callSandbox('/cvad/manage/MachineCatalogs?async=true', { headers: site });
    expect(accepted.status).toBe(202);
    expect(await accepted.text()).toBe('');
    const location = accepted.headers.get('location')!;
    expect(location).toMatch(/^http:\/\/localhost:3000\/sandbox\/cvad\/manage\/Jobs\/[0-9a-f-]{36}$/);
    const jobPath = new URL(location).pathname.replace(/^\/sandbox/, '');

    const job = async () =>
      (
        await callJson<{ Status: string; OverallProgressPercent: number; ResultLocation: string | null }>(
          jobPath,
          { headers: site },
        )
      ).body;
    expect((await job()).Status).toBe('NotStarted');
    expect((await callJson(`${jobPath}/Results`, { headers: site })).status).toBe(400);
    vi.setSystemTime(new Date('2025-06-01T10:00:02.500Z'));
    const running = await job();
    expect(running.Status).toBe('InProgress');
    expect(running.OverallProgressPercent).toBeGreaterThan(0);
    expect(running.OverallProgressPercent).toBeLessThan(100);
    expect((await callSandbox(jobPath, { method: 'DELETE', headers: site })).status).toBe(400);
    vi.setSystemTime(new Date('2025-06-01T10:00:05Z'));
    const done = await job();
    expect(done).toMatchObject({ Status: 'Complete', OverallProgressPercent: 100 });
    expect(done.ResultLocation).toBe(`${location}/Results`);
    const results = await callJson<Page<{ Name: string }>>(`${jobPath}/Results`, { headers: site });
    expect(results.body.Items.map((catalog) => catalog.Name)).toContain('Win11-Pooled');
    const listed = await callJson<{ Items: { Id: string }[] }>('/cvad/manage/Jobs', { headers: site });
    expect(listed.body.Items[0]?.Id).toBe(jobPath.split('/').pop());
    expect((await callSandbox(jobPath, { method: 'DELETE', headers: site })).status).toBe(204);
    expect((await callJson(jobPath, { headers: site })).status).toBe(404);
  });

  it('an async power action shows a transitional state until its job completes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T10:00:00Z'));
    const name = encodeURIComponent('CONTOSO\\W11-POOL-002');
    const accepted = await callSandbox(`/cvad/manage/Machines/${name}/$shutdown?async=true`, {
      method: 'POST',
      headers: site,
    });
    expect(accepted.status).toBe(202);
    expect((await daas<Machine>(`/Machines/${name}`)).body.PowerState).toBe('TurningOff');
    vi.setSystemTime(new Date('2025-06-01T10:00:10Z'));
    expect((await daas<Machine>(`/Machines/${name}`)).body.PowerState).toBe('Off');
  });
});
