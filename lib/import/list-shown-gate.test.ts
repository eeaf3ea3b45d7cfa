import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { watchSettled } from '@/lib/testing/watch-settled';

import { listShownGate } from './list-shown-gate';

describe('listShownGate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets an import go on as soon as the page says its list is shown', async () => {
    const gate = listShownGate();
    const done = watchSettled(gate.wait(1, 400));
    await vi.advanceTimersByTimeAsync(10);
    expect(done()).toBe(false);
    gate.shown(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('lets it go on after the timeout when the page never says so', async () => {
    const gate = listShownGate();
    const done = watchSettled(gate.wait(1, 400));
    await vi.advanceTimersByTimeAsync(399);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('keeps imports apart: one list shown releases that import only', async () => {
    const gate = listShownGate();
    const first = watchSettled(gate.wait(1, 400));
    const second = watchSettled(gate.wait(2, 400));
    gate.shown(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(second()).toBe(true);
    expect(first()).toBe(false);
    gate.shown(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(first()).toBe(true);
  });

  it('a "shown" that comes late, after its import timed out, releases no other import', async () => {
    const gate = listShownGate();
    const first = watchSettled(gate.wait(1, 100));
    const second = watchSettled(gate.wait(2, 400));
    await vi.advanceTimersByTimeAsync(100);
    expect(first()).toBe(true);
    gate.shown(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(second()).toBe(false);
    // Nor does one that came before anybody waited.
    gate.shown(3);
    const third = watchSettled(gate.wait(3, 400));
    await vi.advanceTimersByTimeAsync(0);
    expect(third()).toBe(false);
  });
});
