import { beforeEach, describe, expect, it } from 'vitest';

import { callJson, setupTestEnv } from '@/lib/sandbox-gateway/test-support';

import { resetSandboxData } from '../sandbox-state';
import { DEMO } from '../shared-schemas';
import { DAAS_DEMO } from './examples';

const site = { 'citrix-instanceid': DEMO.siteId };

describe('DaaS examples come from the seed the sandbox serves', () => {
  beforeEach(() => {
    setupTestEnv();
    resetSandboxData();
  });

  it('names a catalog, a delivery group and a machine the demo customer has', async () => {
    const catalog = await callJson(`/cvad/manage/MachineCatalogs/${DAAS_DEMO.catalogId}`, { headers: site });
    expect(catalog.body).toMatchObject({ Id: DAAS_DEMO.catalogId, Name: DAAS_DEMO.catalogName });
    const group = await callJson(`/cvad/manage/DeliveryGroups/${DAAS_DEMO.deliveryGroupName}`, {
      headers: site,
    });
    expect(group.body).toMatchObject({ Id: DAAS_DEMO.deliveryGroupId });
    const machine = await callJson(`/cvad/manage/Machines/${encodeURIComponent(DAAS_DEMO.machineName)}`, {
      headers: site,
    });
    expect(machine.body).toMatchObject({ Id: DAAS_DEMO.machineId });
  });

  it.each([
    ['start', DAAS_DEMO.offMachine],
    ['shutdown', DAAS_DEMO.onMachine],
    ['suspend', DAAS_DEMO.dedicatedOnMachine],
    ['resume', DAAS_DEMO.suspendedMachine],
  ])('names a machine that %s accepts', async (action, name) => {
    const answer = await callJson(`/cvad/manage/Machines/${encodeURIComponent(name)}/$${action}`, {
      method: 'POST',
      headers: site,
    });
    expect(answer.status).toBeLessThan(300);
  });

  it('names active sessions of the demo customer', async () => {
    const sessions = await callJson<{ Items: { Id: string; State: string }[] }>('/cvad/manage/Sessions', {
      headers: site,
    });
    const active = sessions.body.Items.filter((session) => session.State === 'Active').map(
      (session) => session.Id,
    );
    expect(active).toEqual(expect.arrayContaining([DAAS_DEMO.sessionId, DAAS_DEMO.otherSessionId]));
  });
});
