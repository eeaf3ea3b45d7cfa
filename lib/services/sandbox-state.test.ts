import { describe, expect, it } from 'vitest';

import { MemoryStore } from '@/lib/store/memory-store';
import { StoreUnavailableError, type SharedStore } from '@/lib/store/shared-store';

import { customerData, resetSandboxData, withCustomerState } from './sandbox-state';

const ok = () => new Response('ok');

function addLocation(customerId: string, name: string): Response {
  const data = customerData(customerId);
  data.resourceLocations.push({ ...data.resourceLocations[0]!, id: name, name });
  return ok();
}

const names = (customerId: string) =>
  customerData(customerId).resourceLocations.map((location) => location.name);

describe('withCustomerState (sandbox data in a shared store)', () => {
  it('a seeded customer survives the JSON round trip unchanged', async () => {
    await resetSandboxData();
    const seeded = customerData('roundtrip01');
    expect(JSON.parse(JSON.stringify(seeded))).toEqual(seeded);
  });

  it('a change made through one instance is read through another; reset clears it for both', async () => {
    const shared = new MemoryStore();
    await withCustomerState(shared, 'shared01', () => addLocation('shared01', 'made-on-a'));
    let seen: string[] = [];
    await withCustomerState(shared, 'shared01', () => ((seen = names('shared01')), ok()));
    expect(seen).toContain('made-on-a');
    // This process's own memory was not touched: without the store it never saw the change.
    expect(names('shared01')).not.toContain('made-on-a');
    await resetSandboxData(shared);
    await withCustomerState(shared, 'shared01', () => ((seen = names('shared01')), ok()));
    expect(seen).not.toContain('made-on-a');
  });

  it('two instances writing at once: both changes kept (the loser reruns on fresh data)', async () => {
    const shared = new MemoryStore();
    await withCustomerState(shared, 'race01', ok);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runsOfA = 0;
    const a = withCustomerState(shared, 'race01', async () => {
      runsOfA += 1;
      const response = addLocation('race01', 'from-a');
      if (runsOfA === 1) await gate;
      return response;
    });
    await withCustomerState(shared, 'race01', () => addLocation('race01', 'from-b'));
    release();
    await a;
    expect(runsOfA).toBe(2);
    let seen: string[] = [];
    await withCustomerState(shared, 'race01', () => ((seen = names('race01')), ok()));
    expect(seen.filter((name) => name === 'from-a' || name === 'from-b').sort()).toEqual([
      'from-a',
      'from-b',
    ]);
  });

  it('a read writes nothing back once the customer is stored', async () => {
    const shared = new MemoryStore();
    await withCustomerState(shared, 'read01', () => (names('read01'), ok()));
    const before = await shared.loadDocument('sandbox', 'read01');
    await withCustomerState(shared, 'read01', () => (names('read01'), ok()));
    expect(before).toBeDefined();
    expect((await shared.loadDocument('sandbox', 'read01'))?.version).toBe(before?.version);
  });

  it('the store not answering: 503 in Citrix error format, with a message', async () => {
    const down = new MemoryStore() as SharedStore;
    down.loadDocument = () => Promise.reject(new StoreUnavailableError());
    const response = await withCustomerState(down, 'down01', ok);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ detail: expect.stringMatching(/not answering/) });
  });

  it('without a store the handler runs on this process memory, as before', async () => {
    await resetSandboxData();
    await withCustomerState(undefined, 'memory01', () => addLocation('memory01', 'kept-here'));
    expect(names('memory01')).toContain('kept-here');
  });
});
