/** What a run came to: its value, or that a newer run replaced it before it could count. */
export type SerialOutcome<T> = { superseded: false; value: T } | { superseded: true };

/**
 * Runs calls one at a time: a new call aborts the one in flight and starts only once that one has
 * settled, and a call replaced while it waited is never sent. Citrix's Monitor service answers 429
 * to a second concurrent query of the same customer, so the page must never have two in flight.
 */
export function createSerialRunner<I, T>(send: (input: I, signal: AbortSignal) => Promise<T>) {
  let latest = 0;
  let current: { controller: AbortController; settled: Promise<unknown> } | undefined;

  function run(input: I): Promise<SerialOutcome<T>> {
    const ticket = ++latest;
    const previous = current;
    previous?.controller.abort();
    const controller = new AbortController();
    const outcome = (async (): Promise<SerialOutcome<T>> => {
      if (previous) await previous.settled;
      if (ticket !== latest || controller.signal.aborted) return { superseded: true };
      try {
        const value = await send(input, controller.signal);
        // An answer that arrives after a newer run began is stale, even if the abort came too late.
        return ticket === latest ? { superseded: false, value } : { superseded: true };
      } catch (error) {
        if (ticket !== latest || controller.signal.aborted) return { superseded: true };
        throw error;
      }
    })();
    current = { controller, settled: outcome.catch(() => undefined) };
    return outcome;
  }

  /** Aborts whatever is in flight or waiting (the page is going away, or the user signed out). */
  function cancel(): void {
    latest += 1;
    current?.controller.abort();
  }

  return { run, cancel };
}
