import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { listShownSignal } from './list-shown-signal';

describe('listShownSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return () => done;
  };

  it('goes on as soon as the page says the list is shown', async () => {
    const signal = listShownSignal();
    const isDone = settled(signal.wait(400));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDone()).toBe(false);
    signal.shown();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('goes on after the timeout when the page never says so', async () => {
    const signal = listShownSignal();
    const isDone = settled(signal.wait(400));
    await vi.advanceTimersByTimeAsync(399);
    expect(isDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isDone()).toBe(true);
  });

  it('does not keep a "shown" that came while nobody waited', async () => {
    const signal = listShownSignal();
    signal.shown();
    const isDone = settled(signal.wait(400));
    await vi.advanceTimersByTimeAsync(100);
    expect(isDone()).toBe(false);
  });

  it('a late timeout of an earlier wait does not release the next one', async () => {
    const signal = listShownSignal();
    const first = settled(signal.wait(100));
    signal.shown();
    await vi.advanceTimersByTimeAsync(0);
    expect(first()).toBe(true);
    const second = settled(signal.wait(400));
    await vi.advanceTimersByTimeAsync(150);
    expect(second()).toBe(false);
    signal.shown();
    await vi.advanceTimersByTimeAsync(0);
    expect(second()).toBe(true);
  });
});
