/**
 * What a person is waiting for goes first. The browser gives a page one core here, shared with its
 * workers: code that can wait (the header's and sidebar's browser-state islands, some 150 KB of
 * script to compile and run) took a share of it while a file picked before the page was interactive
 * was still being listed. Such work waits for `afterUrgentWork()`; the urgent work is marked with
 * `markUrgent`, and never holds anything back longer than its `maxMs`.
 */

const pending = new Set<Promise<void>>();

/** At most this long, whatever the work: an import that hangs must not keep the header empty. */
export const URGENT_MAX_MS = 5_000;

/** `work` is what the person is waiting for: deferrable work starts once it has settled (or `maxMs`). */
export function markUrgent(work: Promise<unknown>, maxMs = URGENT_MAX_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs))),
  ]).then(() => {
    clearTimeout(timer);
    pending.delete(settled);
  });
  pending.add(settled);
}

/** Resolves once no urgent work is pending: at once (in a microtask) when there is none. */
export async function afterUrgentWork(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
