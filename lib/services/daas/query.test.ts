import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { callJson, callSandbox, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';

/** DaaS query parameters the sandbox honours (or refuses), and the official client's first calls. */

setupTestEnv();

const SITE = 'd07b0649-ff84-4e01-a764-8b14efe41ce2';
type Page<T = Record<string, unknown>> = { Items: T[]; ContinuationToken: string | null };
type Machine = { Id: string; Name: string; SessionSupport: string; PowerState: string };

const daas = <T = Record<string, unknown>>(path: string, options: Parameters<typeof callJson>[1] = {}) =>
  callJson<T>(`/cvad/manage${path}`, {
    ...options,
    headers: { 'citrix-instanceid': SITE, ...options.headers },
  });

beforeEach(() => resetSandboxData());
afterEach(() => vi.useRealTimers());

describe("the official Go client's connection path", () => {
  it('reads /me, then the site with only Authorization and Citrix-CustomerId, and OrchestationApiVersion is an int32', async () => {
    // The headers citrix-daas-rest-go sends before it knows the site: Authorization and
    // Citrix-CustomerId (plus the `Accept: application/json` every generated client call carries),
    // and no Citrix-InstanceId.
    const onlyAuth = { 'citrix-instanceid': null };
    const me = await callSandbox('/cvad/manage/me', { headers: onlyAuth });
    expect(me.status).toBe(200);
    const meBody = (await me.json()) as { Customers: { Sites: { Id: string }[] }[] };
    const siteId = meBody.Customers[0]!.Sites[0]!.Id;
    expect(siteId).toBe(SITE);

    const site = await callSandbox(`/cvad/manage/Sites/${siteId}`, { headers: onlyAuth });
    expect(site.status).toBe(200);
    const text = await site.text();
    // Decoded as Go decodes into an int32: a JSON number, integral, in range.
    expect(text).toMatch(/"OrchestationApiVersion":\d+[,}]/);
    const version = (JSON.parse(text) as { OrchestationApiVersion: unknown }).OrchestationApiVersion;
    expect(typeof version).toBe('number');
    expect(Number.isInteger(version)).toBe(true);
    expect(version as number).toBeGreaterThan(0);
    expect(version as number).toBeLessThan(2 ** 31);
    expect(JSON.parse(text)).toMatchObject({ Id: SITE, ProductCode: 'XDT' });
    expect(JSON.parse(text)).not.toHaveProperty('IsCloudSite');
  });

  it('still answers 404 ErrorData for a site that does not exist', async () => {
    const missing = await callJson('/cvad/manage/Sites/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.SdkErrorId).toBe('SiteNotFound');
  });
});

describe('fields', () => {
  it('returns only the requested fields, in the model’s spelling, on lists and items', async () => {
    const list = await daas<Page>('/MachineCatalogs?fields=Id,name');
    expect(list.status).toBe(200);
    expect(list.body.Items.length).toBeGreaterThanOrEqual(4);
    for (const item of list.body.Items) expect(Object.keys(item).sort()).toEqual(['Id', 'Name']);
    const machine = await daas(
      `/Machines/${encodeURIComponent('CONTOSO\\W11-POOL-001')}?fields=Id,PowerState`,
    );
    expect(machine.body).toEqual({ Id: expect.any(String), PowerState: 'On' });
    const group = await daas('/DeliveryGroups/Published%20Apps?fields=Delivering');
    expect(group.body).toEqual({ Delivering: 'AppsOnly' });
  });

  it('refuses a field the model does not have', async () => {
    const bad = await daas('/MachineCatalogs?fields=Id,IsCloudSite');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ SdkErrorId: 'InvalidParameter' });
    expect(bad.body.ErrorMessage).toContain('IsCloudSite');
  });
});

describe('filters', () => {
  it('sessionSupport filters machines', async () => {
    const all = (await daas<Page<Machine>>('/Machines')).body.Items;
    const multi = (await daas<Page<Machine>>('/Machines?sessionSupport=MultiSession')).body.Items;
    const single = (await daas<Page<Machine>>('/Machines?sessionSupport=singlesession')).body.Items;
    expect(multi.length).toBe(4);
    expect(multi.every((machine) => machine.SessionSupport === 'MultiSession')).toBe(true);
    expect(single.every((machine) => machine.SessionSupport === 'SingleSession')).toBe(true);
    expect(multi.length + single.length).toBe(all.length);
    const bad = await daas('/Machines?sessionSupport=Both');
    expect(bad.status).toBe(400);
    expect(bad.body.SdkErrorId).toBe('InvalidParameter');
  });

  it('configured=false lists no machines (every sandbox machine is in a catalog)', async () => {
    expect((await daas<Page>('/Machines?configured=false')).body.Items).toEqual([]);
    expect((await daas<Page>('/Machines?configured=true')).body.Items.length).toBe(14);
  });

  it('applicationFolder filters applications', async () => {
    expect((await daas<Page>('/Applications?applicationFolder=Office')).body.Items.length).toBe(5);
    expect((await daas<Page>('/Applications?applicationFolder=Finance')).body.Items).toEqual([]);
  });

  it('refuses, with a 400 that says so, a declared parameter the sandbox does not emulate', async () => {
    const folder = await daas('/DeliveryGroups?adminFolder=Finance');
    expect(folder.status).toBe(400);
    expect(folder.body).toMatchObject({ SdkErrorId: 'NotEmulatedBySandbox' });
    expect(folder.body.ErrorMessage).toMatch(/adminFolder is not emulated by the sandbox/);
    const delay = await daas(`/Machines/${encodeURIComponent('CONTOSO\\W11-POOL-001')}/$shutdown?delay=60`, {
      method: 'POST',
    });
    expect(delay.status).toBe(400);
    expect(delay.body.ErrorMessage).toMatch(/delay is not emulated/);
    // Refused before acting: the machine is still on.
    expect(
      (await daas<Machine>(`/Machines/${encodeURIComponent('CONTOSO\\W11-POOL-001')}`)).body.PowerState,
    ).toBe('On');
  });

  it('detailResponseRequired=false answers the basic machine model', async () => {
    const name = encodeURIComponent('CONTOSO\\W11-POOL-004');
    const basic = await daas(`/Machines/${name}/$shutdown?detailResponseRequired=false`, { method: 'POST' });
    expect(basic.status).toBe(200);
    expect(basic.body).not.toHaveProperty('IsReserved');
    const detail = await daas(`/Machines/${name}/$start`, { method: 'POST' });
    expect(detail.body).toMatchObject({ IsReserved: false, SessionsPending: 0 });
  });
});

describe('paging', () => {
  it('pages /Zones with limit and continuationToken', async () => {
    const first = await daas<Page<{ Name: string }>>('/Zones?limit=2');
    expect(first.body.Items).toHaveLength(2);
    expect(first.body.ContinuationToken).toEqual(expect.any(String));
    const second = await daas<Page<{ Name: string }>>(
      `/Zones?limit=2&continuationToken=${encodeURIComponent(first.body.ContinuationToken!)}`,
    );
    // Three zones: the last page holds the one left, and no token.
    expect(second.body.Items).toHaveLength(1);
    expect(first.body.Items.map((zone) => zone.Name)).not.toContain(second.body.Items[0]!.Name);
    expect(second.body.ContinuationToken).toBeNull();
  });

  it('pages sessions, delivery groups and applications', async () => {
    for (const path of ['/Sessions', '/DeliveryGroups', '/Applications']) {
      const page = await daas<Page>(`${path}?limit=2`);
      expect(page.body.Items).toHaveLength(2);
      expect(page.body.ContinuationToken).toEqual(expect.any(String));
    }
  });
});

describe('async=true', () => {
  it.each([
    ['/Machines', 14],
    ['/Sessions', 9],
    ['/DeliveryGroups', 3],
    ['/Applications', 5],
    ['/MachineCatalogs/Win11-Pooled/Machines', 6],
  ])('GET %s answers 202 with a Location to a job that progresses to its results', async (path, count) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T10:00:00Z'));
    const accepted = await callSandbox(`/cvad/manage${path}?async=true`, {
      headers: { 'citrix-instanceid': SITE },
    });
    expect(accepted.status).toBe(202);
    const jobPath = new URL(accepted.headers.get('location')!).pathname.replace(/^\/sandbox/, '');
    expect(jobPath).toMatch(/^\/cvad\/manage\/Jobs\/[0-9a-f-]{36}$/);
    const status = async () =>
      (await callJson<{ Status: string }>(jobPath, { headers: { 'citrix-instanceid': SITE } })).body.Status;
    expect(await status()).toBe('NotStarted');
    vi.setSystemTime(new Date('2025-06-01T10:00:02Z'));
    expect(await status()).toBe('InProgress');
    vi.setSystemTime(new Date('2025-06-01T10:00:05Z'));
    expect(await status()).toBe('Complete');
    const results = await callJson<Page>(`${jobPath}/Results`, { headers: { 'citrix-instanceid': SITE } });
    expect(results.body.Items).toHaveLength(count);
  });

  it('a synchronous $disconnect answers 200 with the session, an async one 202', async () => {
    const sessions = (await daas<Page<{ Id: string; State: string }>>('/Sessions')).body.Items;
    const [first, second] = sessions.filter((session) => session.State === 'Active');
    const sync = await daas(`/Sessions/${first!.Id}/$disconnect`, { method: 'POST' });
    expect(sync.status).toBe(200);
    expect(sync.body).toMatchObject({ Id: first!.Id, State: 'Disconnected' });
    const later = await callSandbox(`/cvad/manage/Sessions/${second!.Id}/$disconnect?async=true`, {
      method: 'POST',
      headers: { 'citrix-instanceid': SITE },
    });
    expect(later.status).toBe(202);
    expect(later.headers.get('location')).toMatch(/\/Jobs\//);
  });
});

describe('DOMAIN|machine', () => {
  it('finds a machine by DOMAIN|name as by DOMAIN\\name, for reads and actions', async () => {
    const backslash = await daas<Machine>(`/Machines/${encodeURIComponent('CONTOSO\\W11-POOL-003')}`);
    const pipe = await daas<Machine>('/Machines/CONTOSO|W11-POOL-003');
    expect(pipe.status).toBe(200);
    expect(pipe.body.Id).toBe(backslash.body.Id);
    expect((await daas<Machine>('/Machines/CONTOSO%7CW11-POOL-003')).body.Id).toBe(backslash.body.Id);
    const shutdown = await daas<Machine>('/Machines/CONTOSO|W11-POOL-003/$shutdown', { method: 'POST' });
    expect(shutdown.status).toBe(200);
    expect(shutdown.body.PowerState).toBe('Off');
    expect((await daas('/Machines/OTHER|W11-POOL-003')).status).toBe(404);
  });
});
