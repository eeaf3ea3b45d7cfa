import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, callSandbox, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from './sandbox-state';

setupTestEnv();

type Items<T> = { items: T[] };

describe('Notifications', () => {
  beforeEach(() => resetSandboxData());

  it('a sent notification appears first in the list and in SystemLog', async () => {
    const sent = await callJson('/notifications/', {
      method: 'POST',
      body: {
        destinationAdmin: '*',
        component: 'Demo',
        eventId: '0f6b2c9e-7d41-4a3a-9e1b-5c8d2f7a6b10',
        severity: 'Warning',
        content: [{ languageTag: 'en-US', title: 'Patch night', description: 'Reboots at 22:00' }],
      },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      priority: 'Normal',
      suppressEmail: false,
      categories: null,
      data: null,
      externalId: null,
    });
    const list = await callJson<Items<{ eventId: string }>>('/notifications');
    expect(list.body.items[0]?.eventId).toBe('0f6b2c9e-7d41-4a3a-9e1b-5c8d2f7a6b10');
    const log = await callJson<{ Items: { EventType: string }[] }>('/systemlog/records?Limit=1');
    expect(log.body.Items[0]?.EventType).toBe('notification/create');
  });

  it('rejects a body without content as common/missing, and a bad severity as common/invalidEnum', async () => {
    const base = {
      destinationAdmin: '*',
      component: 'Demo',
      eventId: '0f6b2c9e-7d41-4a3a-9e1b-5c8d2f7a6b10',
      severity: 'Information',
    };
    const missing = await callJson('/notifications', { method: 'POST', body: base });
    expect(missing.status).toBe(400);
    expect(missing.body.type).toBe('https://errors-api.cloud.com/common/missing');
    const badEnum = await callJson('/notifications', {
      method: 'POST',
      body: { ...base, severity: 'Loud', content: [{ languageTag: 'en-US', title: 't', description: 'd' }] },
    });
    expect(badEnum.body.type).toBe('https://errors-api.cloud.com/common/invalidEnum');
  });

  it('answers 415 for a non-JSON body and 400 for broken JSON', async () => {
    expect(
      (
        await callSandbox('/notifications', {
          method: 'POST',
          body: 'x=1',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await callSandbox('/notifications', { method: 'POST', body: '{nope' })).status).toBe(400);
  });
});

describe('Resource locations', () => {
  beforeEach(() => resetSandboxData());

  it('creates, reads, updates and deletes', async () => {
    const created = await callJson<{ id: string; name: string; readOnly: boolean }>('/resourcelocations', {
      method: 'POST',
      body: { name: 'Frankfurt DC', timeZone: 'W. Europe Standard Time' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: 'Frankfurt DC', internalOnly: false, readOnly: false });
    const id = created.body.id;
    expect((await callJson(`/resourcelocations/${id}`)).body.name).toBe('Frankfurt DC');
    const updated = await callJson(`/resourcelocations/${id}`, {
      method: 'PUT',
      body: { name: 'Frankfurt DC 2' },
    });
    expect(updated.body.name).toBe('Frankfurt DC 2');
    expect((await callSandbox(`/resourcelocations/${id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await callJson(`/resourcelocations/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.type).toBe('https://errors-api.cloud.com/common/notFound');
    const names = (await callJson<Items<{ name: string }>>('/resourcelocations')).body.items.map(
      (item) => item.name,
    );
    expect(names).toEqual(['London DC', 'Azure East US', 'Citrix Managed Azure']);
  });

  it('refuses names with reserved characters and changes to Citrix-managed locations', async () => {
    expect((await callJson('/resourcelocations', { method: 'POST', body: { name: 'a/b' } })).status).toBe(
      400,
    );
    const list = await callJson<Items<{ id: string; readOnly: boolean }>>('/resourcelocations');
    const managed = list.body.items.find((item) => item.readOnly)!;
    expect((await callSandbox(`/resourcelocations/${managed.id}`, { method: 'DELETE' })).status).toBe(403);
  });
});

describe('Connectors', () => {
  beforeEach(() => resetSandboxData());

  it('lists as an array, filters by location and type, and deletes', async () => {
    const all =
      await callJson<
        { id: string; location: string; connectorType: string; expectedVersion: string | null }[]
      >('/connectors');
    expect(Array.isArray(all.body)).toBe(true);
    expect(all.body.length).toBe(4);
    expect(all.body[0]?.expectedVersion).toBeNull();
    const location = all.body[0]!.location;
    const filtered = await callJson<unknown[]>(
      `/connectors?Location=${location}&RetrieveExpectedVersion=true`,
    );
    expect(filtered.body).toHaveLength(2);
    expect((await callJson<unknown[]>('/connectors?ConnectorType=Unified')).body).toHaveLength(1);
    expect((await callJson('/connectors?ConnectorType=Linux')).status).toBe(400);
    const id = all.body[0]!.id;
    const deleted = await callJson(`/connectors/${id}`, { method: 'DELETE' });
    expect(deleted.body).toBe(true);
    expect((await callJson(`/connectors/${id}`)).status).toBe(404);
  });
});

describe('Service entitlements (customer in the path)', () => {
  it("answers for the token's customer or root, and 401 for another customer", async () => {
    const own = await callJson<Items<{ serviceName: string; state: string }>>(
      '/core/sandboxdemo01/serviceStates',
      { headers: { 'citrix-customerid': null } },
    );
    expect(own.status).toBe(200);
    expect(own.body.items.find((item) => item.serviceName === 'xendesktop')?.state).toBe('Production');
    expect((await callJson('/core/root/serviceStates')).status).toBe(200);
    expect((await callJson('/core/someoneelse/serviceStates')).status).toBe(401);
  });
});

describe('Administrators', () => {
  beforeEach(() => resetSandboxData());

  it('pages with continuationToken / requestContinuation', async () => {
    const seen: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const query: string = token
        ? `?maxItemCount=3&requestContinuation=${encodeURIComponent(token)}`
        : '?maxItemCount=3';
      const { body }: { body: { items: { displayName: string }[]; continuationToken: string | null } } =
        await callJson(`/administrators${query}`);
      seen.push(...body.items.map((item) => item.displayName));
      token = body.continuationToken;
      pages += 1;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
  });

  it('filters, invites, changes access, withdraws and deletes', async () => {
    const groups = await callJson<Items<{ type: string }>>('/administrators?type=AdministratorGroup');
    expect(groups.body.items.map((item) => item.type)).toEqual(['AdministratorGroup']);
    const invited = await callJson<{ pending: boolean; email: string }>('/administrators/$create', {
      method: 'POST',
      body: {
        type: 'AdministratorUser',
        providerType: 'CitrixSts',
        accessType: 'Custom',
        email: 'noor@contoso.example',
        firstName: 'Noor',
        lastName: 'Haddad',
      },
    });
    expect(invited.body).toMatchObject({ pending: true, email: 'noor@contoso.example', userId: null });
    const again = await callJson('/administrators/$create', {
      method: 'POST',
      body: {
        type: 'AdministratorUser',
        providerType: 'CitrixSts',
        accessType: 'Full',
        email: 'noor@contoso.example',
      },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: 409, title: 'Conflict' });
    const noEmail = await callJson('/administrators/$create', {
      method: 'POST',
      body: { type: 'AdministratorUser', providerType: 'CitrixSts', accessType: 'Full' },
    });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.status).toBe(400);

    const sofia = '1c87db27-ef7a-4bb7-a0d1-43ed9b43f21d';
    expect((await callJson(`/administrators/${sofia}/access`)).body.accessType).toBe('Custom');
    expect(
      (
        await callSandbox(`/administrators/access?id=${sofia}`, {
          method: 'PUT',
          body: { accessType: 'Full', policies: [] },
        })
      ).status,
    ).toBe(200);
    expect((await callJson(`/administrators/${sofia}/access`)).body.accessType).toBe('Full');

    expect(
      (await callJson('/administrators/invitations?email=noor@contoso.example', { method: 'DELETE' })).body,
    ).toBe(true);
    expect(
      (await callJson('/administrators/invitations?email=noor@contoso.example', { method: 'DELETE' })).status,
    ).toBe(404);
    expect((await callSandbox(`/administrators/${sofia}`, { method: 'DELETE' })).status).toBe(200);
    const missing = await callJson(`/administrators/${sofia}/access`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('Citrix models the hand-written handlers follow', () => {
  beforeEach(() => resetSandboxData());

  it('an administrator without the required providerType is refused; Reinvite invites a pending one again', async () => {
    const noProvider = await callJson<{ detail: string }>('/administrators/$create', {
      method: 'POST',
      body: { type: 'AdministratorUser', accessType: 'Full', email: 'no-provider@contoso.example' },
    });
    expect(noProvider.status).toBe(400);
    expect(noProvider.body.detail).toContain('providerType');
    const invited = await callJson<{ pending: boolean }>('/administrators/$create', {
      method: 'POST',
      body: {
        type: 'AdministratorUser',
        providerType: 'CitrixSts',
        accessType: 'Custom',
        email: 'again@contoso.example',
      },
    });
    expect(invited.body.pending).toBe(true);
    const list = await callJson<Items<{ ucOid: string; email: string | null }>>('/administrators');
    // A pending administrator has no userId yet: it is addressed by its ucOid.
    const id = list.body.items.find((item) => item.email === 'again@contoso.example')!.ucOid;
    const again = await callSandbox(`/administrators/access?id=${id}`, {
      method: 'PUT',
      body: { accessType: 'Reinvite', policies: [] },
    });
    expect(again.status).toBe(200);
    // The access stays as it was.
    const after = await callJson<Items<{ ucOid: string; accessType: string }>>('/administrators');
    expect(after.body.items.find((item) => item.ucOid === id)?.accessType).toBe('Custom');
  });

  it('a resource location PUT with only timeZone changes only the time zone', async () => {
    const list = await callJson<{
      items: { id: string; name: string; readOnly: boolean; timeZone: string }[];
    }>('/resourcelocations');
    const location = list.body.items.find((item) => !item.readOnly)!;
    const changed = await callJson<{ name: string; timeZone: string }>(`/resourcelocations/${location.id}`, {
      method: 'PUT',
      body: { timeZone: 'Europe/Amsterdam' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: location.name, timeZone: 'Europe/Amsterdam' });
  });
});
