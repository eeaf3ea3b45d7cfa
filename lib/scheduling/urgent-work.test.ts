import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { watchSettled } from '@/lib/testing/watch-settled';

import { markUrgent } from './mark-urgent';
import { afterUrgentWork } from './urgent-work';

/** A promise settled from outside. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('afterUrgentWork', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves at once when nothing urgent is pending', async () => {
    const isDone = watchSettled(afterUrgentWork());
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('waits for urgent work to settle, fulfilled or rejected', async () => {
    const first = deferred();
    const second = deferred();
    markUrgent(first.promise);
    markUrgent(second.promise);
    const isDone = watchSettled(afterUrgentWork());
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(false);
    second.reject(new Error('refused'));
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('also waits for urgent work marked while it waited', async () => {
    const first = deferred();
    const later = deferred();
    markUrgent(first.promise);
    const isDone = watchSettled(afterUrgentWork());
    markUrgent(later.promise);
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(false);
    later.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('holds nothing back longer than the work’s limit', async () => {
    const hanging = deferred();
    markUrgent(hanging.promise, 300);
    const isDone = watchSettled(afterUrgentWork());
    await vi.advanceTimersByTimeAsync(299);
    expect(isDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isDone()).toBe(true);
    // Settled by its limit, it holds nothing back any more.
    const next = watchSettled(afterUrgentWork());
    await vi.advanceTimersByTimeAsync(0);
    expect(next()).toBe(true);
  });
});
