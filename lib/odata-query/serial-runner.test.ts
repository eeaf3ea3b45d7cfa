import { describe, expect, it } from 'vitest';

import { createSerialRunner } from './serial-runner';

/** A send whose calls stay open until the test settles them, recording how many overlap. */
function controlledSend() {
  const calls: { input: string; signal: AbortSignal; resolve: (value: string) => void }[] = [];
  let open = 0;
  let maxOpen = 0;
  const send = (input: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      const done = () => (open -= 1);
      signal.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      });
      calls.push({
        input,
        signal,
        resolve: (value) => {
          done();
          resolve(value);
        },
      });
    });
  return { send, calls, maxOpen: () => maxOpen };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialRunner', () => {
  it('aborts the call in flight, skips those replaced while waiting, and never overlaps', async () => {
    const { send, calls, maxOpen } = controlledSend();
    const runner = createSerialRunner(send);
    const first = runner.run('a');
    await tick();
    expect(calls.map((call) => call.input)).toEqual(['a']);
    const second = runner.run('b');
    const third = runner.run('c');
    await tick();
    expect(calls[0]!.signal.aborted).toBe(true);
    // 'b' was replaced before it could start: only 'c' goes out.
    expect(calls.map((call) => call.input)).toEqual(['a', 'c']);
    calls[1]!.resolve('answer c');
    expect(await first).toEqual({ superseded: true });
    expect(await second).toEqual({ superseded: true });
    expect(await third).toEqual({ superseded: false, value: 'answer c' });
    expect(maxOpen()).toBe(1);
  });

  it('waits for a call that ignores the abort before sending the next', async () => {
    const started: string[] = [];
    let finishFirst = () => {};
    const runner = createSerialRunner(
      (input: string) =>
        new Promise<string>((resolve) => {
          started.push(input);
          if (input === 'slow') finishFirst = () => resolve('late');
          else resolve(`answer ${input}`);
        }),
    );
    const slow = runner.run('slow');
    await tick();
    const next = runner.run('next');
    await tick();
    expect(started).toEqual(['slow']);
    finishFirst();
    expect(await slow).toEqual({ superseded: true });
    expect(await next).toEqual({ superseded: false, value: 'answer next' });
    expect(started).toEqual(['slow', 'next']);
  });

  it('passes on an error of the latest call, and cancel() supersedes it', async () => {
    const runner = createSerialRunner(async (input: string) => {
      throw new Error(`failed ${input}`);
    });
    await expect(runner.run('x')).rejects.toThrow('failed x');
    const { send, calls } = controlledSend();
    const other = createSerialRunner(send);
    const pending = other.run('y');
    await tick();
    other.cancel();
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(await pending).toEqual({ superseded: true });
  });
});
