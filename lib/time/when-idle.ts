/** Without requestIdleCallback (Safari), this long after the call instead. */
export const IDLE_FALLBACK_MS = 1_000;

/**
 * Runs `callback` once the browser is idle (at most `timeoutMs` later); returns a cancel function,
 * for an effect's cleanup.
 */
export function whenIdle(callback: () => void, timeoutMs = 3_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, IDLE_FALLBACK_MS);
  return () => clearTimeout(handle);
}
