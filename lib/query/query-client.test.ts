import { isServer, notifyManager, QueryObserver } from '@tanstack/react-query';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { getQueryClient } from './query-client';

// As in a page: TanStack Query decides whether it runs on a server when it loads.
vi.hoisted(() => vi.stubGlobal('window', {}));
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the browser’s query client', () => {
  it('runs as in a browser here', () => {
    expect(isServer).toBe(false);
  });

  it('is one client for the tab', () => {
    expect(getQueryClient()).toBe(getQueryClient());
  });

  it('tells observers of an update in a microtask, so it renders with the state set beside it', async () => {
    const client = getQueryClient();
    const heard: unknown[] = [];
    const observer = new QueryObserver(client, { queryKey: ['session'], enabled: false });
    // As useQuery subscribes: its listener is batched through the notify manager.
    const unsubscribe = observer.subscribe(
      notifyManager.batchCalls((result: { data: unknown }) => heard.push(result.data)),
    );
    client.setQueryData(['session'], { authenticated: true });
    // TanStack Query's default tells them in a later task (setTimeout 0): a second render.
    const nextTask = new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.resolve();
    expect(heard).toEqual([{ authenticated: true }]);
    await nextTask;
    unsubscribe();
  });
});
