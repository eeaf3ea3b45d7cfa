import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { HistoryEntry } from '@/lib/history/store';
import { DAAS_DEMO } from '@/lib/services/daas/examples';
import { resetSandboxData } from '@/lib/services/sandbox-state';

import { runbookFromHistory } from './from-history';
import { RunbookRunner } from './runner';
import { clockSleep, customerHeader, sandboxInvoke } from './sandbox-invoke.test-support';
import { suggestBindings } from './suggest';
import { validateRunbook } from './validate';

const SITE = 'd07b0649-ff84-4e01-a764-8b14efe41ce2';
let at = 1_700_000_000_000;
const entry = (
  operationId: string,
  serviceId: string,
  method: HistoryEntry['method'],
  path: string,
  params: Record<string, string>,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  id: `h${(at += 1000)}`,
  at,
  profileId: 'default',
  profileName: 'Default',
  serviceId,
  operationId,
  method,
  path,
  region: 'sandbox',
  status: 200,
  inputs: { params, omitted: [] },
  ...extra,
});

const HISTORY: HistoryEntry[] = [
  entry('Me_GetMe', 'daas', 'GET', '/me', { 'header:Citrix-CustomerId': 'sandboxdemo01' }),
  entry('Zones_GetZones', 'daas', 'GET', '/Zones', { 'header:Citrix-InstanceId': SITE }),
  entry(
    'MachineCatalogs_CreateMachineCatalog',
    'daas',
    'POST',
    '/MachineCatalogs',
    { 'header:Citrix-InstanceId': SITE, 'query:async': 'true' },
    {
      status: 202,
      inputs: {
        params: { 'header:Citrix-InstanceId': SITE, 'query:async': 'true' },
        body: JSON.stringify({
          Name: 'FromHistory',
          AllocationType: 'Random',
          SessionSupport: 'SingleSession',
          Zone: DAAS_DEMO.zoneLondon.Id,
        }),
        omitted: [],
      },
    },
  ),
  entry('Tokens_CreateClientToken', 'token', 'POST', '/cctrustoauth2/x/tokens/clients', {}),
  entry('Imported_Thing', 'imported-1', 'GET', '/x', {}, { imported: true }),
];

describe('a runbook from the history', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    resetSandboxData();
  });
  afterEach(() => vi.useRealTimers());

  it('makes one step per call, leaves out the token call and imported ones, and runs', async () => {
    const { document, skipped } = runbookFromHistory(HISTORY, 'Pilot catalog');
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toMatch(/token call/);
    const checked = validateRunbook(document);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const steps = checked.document.workflows[0]!.steps;
    expect(steps.map((step) => step.stepId)).toEqual(['getMe', 'getZones', 'createMachineCatalog']);
    expect(steps[0]!.parameters).toBeUndefined();
    expect(steps[2]!.successCriteria).toEqual([{ condition: '$statusCode == 200' }]);

    const run = async (doc: typeof checked.document) => {
      const valid = validateRunbook(doc);
      if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
      const runner = new RunbookRunner(valid.document, 'fromHistory', valid.operations.fromHistory!, {
        invoke: await sandboxInvoke(),
        defaultHeaders: customerHeader,
        sleep: clockSleep,
      });
      return runner.run();
    };
    const first = await run(checked.document);
    expect(first.status).toBe('done');

    // The site id the later calls sent is in /me's answer, the zone in /Zones': bound to them.
    const { document: bound, suggestions } = suggestBindings(checked.document, 'fromHistory', first);
    expect(
      suggestions.map((suggestion) => `${suggestion.stepId} ${suggestion.where} → ${suggestion.expression}`),
    ).toEqual([
      'getZones parameters[0] Citrix-InstanceId → $steps.getMe.outputs.id',
      'createMachineCatalog parameters[0] Citrix-InstanceId → $steps.getMe.outputs.id',
      'createMachineCatalog requestBody.payload.Zone → $steps.getZones.outputs.id',
    ]);
    expect(bound.workflows[0]!.steps[0]!.outputs).toEqual({ id: '$response.body#/Customers/0/Sites/0/Id' });
    resetSandboxData();
    const second = await run(bound);
    expect(second.status, second.message).toBe('done');
  });
});
