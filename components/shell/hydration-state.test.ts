import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as HydrationState from './hydration-state';

type State = typeof HydrationState;

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('hydration state', () => {
  let dataset: Record<string, string>;
  let state: State;

  beforeEach(async () => {
    dataset = {};
    vi.stubGlobal('document', { documentElement: { dataset } });
    vi.resetModules();
    state = await import('./hydration-state');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('marks the page hydrated once the root has hydrated and no island is waiting', async () => {
    state.markRootHydrated();
    await flush();
    expect(dataset.hydrated).toBe('true');
  });

  it('waits for every island that registered in the same commit, whatever the order of the effects', async () => {
    // The root's effect runs before its later siblings' effects, which register the islands.
    state.markRootHydrated();
    const first = state.islandWaiting();
    const second = state.islandWaiting();
    await flush();
    expect(dataset.hydrated).toBeUndefined();
    first();
    await flush();
    expect(dataset.hydrated).toBeUndefined();
    second();
    await flush();
    expect(dataset.hydrated).toBe('true');
  });

  it('an island rendered before the root finished does not mark the page early', async () => {
    state.islandWaiting()();
    await flush();
    expect(dataset.hydrated).toBeUndefined();
    state.markRootHydrated();
    await flush();
    expect(dataset.hydrated).toBe('true');
  });

  it('an island counts once however often it reports (StrictMode runs effects twice)', async () => {
    state.markRootHydrated();
    const strictFirst = state.islandWaiting();
    strictFirst();
    strictFirst();
    const island = state.islandWaiting();
    const other = state.islandWaiting();
    island();
    island();
    await flush();
    expect(dataset.hydrated).toBeUndefined();
    other();
    await flush();
    expect(dataset.hydrated).toBe('true');
  });
});
