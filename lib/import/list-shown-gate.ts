/**
 * The import worker shares the machine's core with the page. Once it has sent a document's
 * operation list, the page has to render and paint it while the worker would start storing the
 * document (loading Scalar, upgrading, dereferencing, writing to IndexedDB): the list then waited
 * for the worker's share of the core. So the worker waits until the page says that import's list
 * is on screen, or `timeoutMs` at most (a page that cannot draw it yet, e.g. still hydrating, or
 * that never says so, delays storing by that much and no more).
 */
export interface ListShownGate {
  /** Resolves when `shown(requestId)` is called for this import, or after `timeoutMs`. */
  wait(requestId: number, timeoutMs: number): Promise<void>;
  /** The page has drawn this import's list. Nothing happens if it is not waiting (any more). */
  shown(requestId: number): void;
}

export function listShownGate(): ListShownGate {
  const waiting = new Map<number, () => void>();
  return {
    wait(requestId, timeoutMs) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(release, timeoutMs);
        function release() {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve();
        }
        waiting.set(requestId, release);
      });
    },
    shown(requestId) {
      waiting.get(requestId)?.();
    },
  };
}
