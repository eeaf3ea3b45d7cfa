import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { JOB_POLL_INTERVAL_MS, pollUntilDone } from './job-poller';

const job = (Status: string) => ({ status: 200, body: JSON.stringify({ Status }) });

describe('pollUntilDone', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls every 10 s by default until the job completes', async () => {
    const answers = [job('NotStarted'), job('InProgress'), job('Complete')];
    const call = vi.fn(async () => answers.shift()!);
    const onEnd = vi.fn();
    pollUntilDone({ call, onAnswer: () => {}, onEnd });
    await vi.advanceTimersByTimeAsync(0);
    expect(call).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(JOB_POLL_INTERVAL_MS - 1);
    expect(call).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(call).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(JOB_POLL_INTERVAL_MS);
    expect(call).toHaveBeenCalledTimes(3);
    expect(onEnd).toHaveBeenCalledWith('finished', undefined);
    await vi.advanceTimersByTimeAsync(JOB_POLL_INTERVAL_MS * 5);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('stops at the limit, on stop(), and on a failed call', async () => {
    const running = vi.fn(async () => job('InProgress'));
    const atLimit = vi.fn();
    pollUntilDone({ call: running, onAnswer: () => {}, onEnd: atLimit, intervalMs: 5, limit: 3 });
    await vi.advanceTimersByTimeAsync(100);
    expect(running).toHaveBeenCalledTimes(3);
    expect(atLimit).toHaveBeenCalledWith('limit', undefined);

    const stoppedCall = vi.fn(async () => job('InProgress'));
    const onStop = vi.fn();
    const poller = pollUntilDone({ call: stoppedCall, onAnswer: () => {}, onEnd: onStop, intervalMs: 5 });
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    await vi.advanceTimersByTimeAsync(100);
    expect(stoppedCall).toHaveBeenCalledTimes(1);
    expect(onStop).toHaveBeenCalledWith('stopped', undefined);

    const failing = vi.fn(async () => {
      throw new Error('network');
    });
    const onError = vi.fn();
    pollUntilDone({ call: failing, onAnswer: () => {}, onEnd: onError, intervalMs: 5 });
    await vi.advanceTimersByTimeAsync(100);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBe('error');
  });
});
