import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../../sandbox-state';

setupTestEnv();

const SITE = 'd07b0649-ff84-4e01-a764-8b14efe41ce2';
type Page<T> = { Items: T[] };
type Named = { Id: string; Name: string; Description?: string };
type Machine = Named & { DeliveryGroup: Named | null; MachineCatalog: Named };

const daas = <T = Record<string, unknown>>(path: string, options: Parameters<typeof callJson>[1] = {}) =>
  callJson<T>(`/cvad/manage${path}`, {
    ...options,
    headers: { 'citrix-instanceid': SITE, ...options.headers },
  });

describe('DaaS item edits: the list and its items agree', () => {
  beforeEach(() => resetSandboxData());

  it('reads, edits and deletes a zone; the primary zone and a zone in use are refused with what to do', async () => {
    const zones = (await daas<Page<Named & { IsPrimary: boolean }>>('/Zones')).body.Items;
    const [primary, used, empty] = [
      zones.find((zone) => zone.IsPrimary)!,
      zones.find((zone) => zone.Name === 'Azure East US')!,
      zones.find((zone) => zone.Name === 'Citrix Managed Azure')!,
    ];
    expect((await daas<Named>(`/Zones/${empty.Id}`)).body.Name).toBe('Citrix Managed Azure');

    const edited = await daas(`/Zones/${encodeURIComponent(empty.Name)}`, {
      method: 'PATCH',
      body: { Description: 'Managed capacity' },
    });
    expect(edited.status).toBe(204);
    expect((await daas<Named>(`/Zones/${empty.Id}`)).body.Description).toBe('Managed capacity');

    const refusedPrimary = await daas(`/Zones/${primary.Id}`, { method: 'DELETE' });
    expect(refusedPrimary.status).toBe(400);
    expect(refusedPrimary.body.SdkErrorId).toBe('ZoneIsPrimary');
    const refusedUsed = await daas(`/Zones/${used.Id}`, { method: 'DELETE' });
    expect(refusedUsed.body).toMatchObject({ SdkErrorId: 'ZoneInUse' });

    expect((await daas(`/Zones/${empty.Id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await daas(`/Zones/${empty.Id}`)).status).toBe(404);
    expect((await daas<Page<Named>>('/Zones')).body.Items.map((zone) => zone.Id)).not.toContain(empty.Id);
  });

  it('refuses an edit whose field has the wrong type, and a name another item has', async () => {
    const wrongType = await daas('/Applications/Microsoft%20Excel', {
      method: 'PATCH',
      body: { Enabled: 'yes' },
    });
    expect(wrongType.status).toBe(400);
    expect(String(wrongType.body.ErrorMessage)).toContain('Enabled');
    const taken = await daas('/DeliveryGroups/Finance%20Desktops', {
      method: 'PATCH',
      body: { Name: 'Published Apps' },
    });
    expect(taken.status).toBe(409);
  });

  it('renames a delivery group: its machines show the new name', async () => {
    expect(
      (await daas('/DeliveryGroups/Finance%20Desktops', { method: 'PATCH', body: { Name: 'Finance VDI' } }))
        .status,
    ).toBe(204);
    const machines = (await daas<Page<Machine>>('/DeliveryGroups/Finance%20VDI/Machines')).body.Items;
    expect(machines.length).toBeGreaterThan(0);
    expect(machines.every((machine) => machine.DeliveryGroup?.Name === 'Finance VDI')).toBe(true);
  });

  it('deletes a delivery group: its sessions end, its machines are free, the group is gone', async () => {
    const before = (await daas<Page<{ Machine: Named }>>('/Sessions')).body.Items.length;
    expect((await daas('/DeliveryGroups/Finance%20Desktops', { method: 'DELETE' })).status).toBe(204);
    expect((await daas('/DeliveryGroups/Finance%20Desktops')).status).toBe(404);
    const sessions = (await daas<Page<{ Machine: Named }>>('/Sessions')).body.Items;
    expect(sessions.length).toBeLessThan(before);
    expect(sessions.some((session) => session.Machine.Name.startsWith('CONTOSO\\W11-POOL'))).toBe(false);
    const machine = (await daas<Machine>('/Machines/CONTOSO%5CW11-POOL-001')).body;
    expect(machine.DeliveryGroup).toBeNull();
  });

  it('deletes a machine catalog only once none of its machines is delivered', async () => {
    const refused = await daas('/MachineCatalogs/Win11-Pooled', { method: 'DELETE' });
    expect(refused.status).toBe(400);
    expect(refused.body.SdkErrorId).toBe('MachineCatalogInUse');
    expect((await daas('/MachineCatalogs/RemotePC-Finance', { method: 'DELETE' })).status).toBe(204);
    expect((await daas('/MachineCatalogs/RemotePC-Finance')).status).toBe(404);
    expect((await daas('/Machines/CONTOSO%5CFIN-LT-042')).status).toBe(404);
  });

  it('removes a machine from its delivery group, not from its catalog; one with sessions is refused', async () => {
    const busy = await daas('/DeliveryGroups/Finance%20Desktops/Machines/CONTOSO%5CW11-POOL-001', {
      method: 'DELETE',
    });
    expect(busy.body.SdkErrorId).toBe('MachineHasSessions');
    const removed = await daas('/DeliveryGroups/Finance%20Desktops/Machines/CONTOSO%5CW11-POOL-004', {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    const machine = (await daas<Machine>('/Machines/CONTOSO%5CW11-POOL-004')).body;
    expect(machine.DeliveryGroup).toBeNull();
    expect(machine.MachineCatalog.Name).toBe('Win11-Pooled');
  });

  it('reads one session and one application by id or name', async () => {
    const session = (await daas<Page<Named>>('/Sessions')).body.Items[0]!;
    expect((await daas<Named>(`/Sessions/${session.Id}`)).body.Id).toBe(session.Id);
    expect((await daas('/Sessions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await daas<Named>('/Applications/microsoft%20excel')).body.Name).toBe('Microsoft Excel');
  });

  it('creates a zone for a resource location: 201 with its Location, then listed and readable; refuses an unknown location', async () => {
    const created = await daas('/Zones', {
      method: 'POST',
      body: { Name: 'Azure West Europe', ResourceLocation: 'Citrix Managed Azure' },
    });
    expect(created.status).toBe(201);
    const location = created.response.headers.get('location')!;
    expect(location).toMatch(/\/cvad\/manage\/Zones\/[0-9a-f-]{36}$/);
    const zone = (await daas<Named & { ResourceLocation: Named }>(`/Zones/${location.split('/').pop()}`))
      .body;
    expect(zone).toMatchObject({
      Name: 'Azure West Europe',
      ResourceLocation: { Name: 'Citrix Managed Azure' },
    });
    expect((await daas<Page<Named>>('/Zones')).body.Items.map((item) => item.Name)).toContain(
      'Azure West Europe',
    );

    expect((await daas('/Zones', { method: 'POST', body: { Name: 'Azure West Europe' } })).status).toBe(409);
    const unknown = await daas('/Zones', {
      method: 'POST',
      body: { Name: 'Nowhere', ResourceLocation: 'Mars' },
    });
    expect(unknown.status).toBe(404);
    expect(String(unknown.body.ErrorMessage)).toContain('Mars');
  });

  it('publishes an application to a delivery group: 201 and Location, then listed, readable and deletable', async () => {
    const created = await daas('/Applications', {
      method: 'POST',
      body: {
        NewApplications: [
          { Name: 'Calculator', InstalledAppProperties: { CommandLineExecutable: 'C:\\calc.exe' } },
        ],
        DeliveryGroups: [{ Item: 'Published Apps' }],
      },
    });
    expect(created.status).toBe(201);
    const id = created.response.headers.get('location')!.split('/').pop()!;
    const read = (
      await daas<Named & { NumAssociatedDeliveryGroups: number; BrowserName: string }>(`/Applications/${id}`)
    ).body;
    expect(read).toMatchObject({
      Name: 'Calculator',
      NumAssociatedDeliveryGroups: 1,
      BrowserName: 'Calculator',
    });
    expect((await daas<Page<Named>>('/Applications?limit=100')).body.Items.map((app) => app.Id)).toContain(
      id,
    );

    const again = await daas('/Applications', {
      method: 'POST',
      body: { NewApplications: [{ Name: 'calculator' }] },
    });
    expect(again.status).toBe(409);
    const noGroup = await daas('/Applications', {
      method: 'POST',
      body: { NewApplications: [{ Name: 'Paint' }], DeliveryGroups: [{ Item: 'Nowhere' }] },
    });
    expect(noGroup.status).toBe(404);
    expect(
      (await daas<Page<Named>>('/Applications?limit=100')).body.Items.map((app) => app.Name),
    ).not.toContain('Paint');
  });
});
