/**
 * The import worker shares the machine's core with the page. Once it has sent a document's
 * operation list, the page has to render and paint it while the worker would start storing the
 * document (loading Scalar, upgrading, dereferencing, writing to IndexedDB): the list then waited
 * for the worker's share of the core. So the worker waits until the page says the list is on
 * screen, or `timeoutMs` at most (a page that cannot draw it yet, e.g. still hydrating, or that
 * never says so, delays storing by that much and no more).
 */
export interface ListShownSignal {
  /** Resolves when `shown()` is next called, or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void>;
  /** The page has drawn the list: whoever waits goes on. Without a waiter, nothing is kept. */
  shown(): void;
}

export function listShownSignal(): ListShownSignal {
  let release: (() => void) | undefined;
  return {
    wait(timeoutMs) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          if (release === done) release = undefined;
          resolve();
        }
        release = done;
      });
    },
    shown() {
      release?.();
    },
  };
}
