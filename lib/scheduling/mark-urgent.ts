import { pendingUrgentWork } from './urgent-work';

/** At most this long, whatever the work: an import that hangs must not keep the header empty. */
export const URGENT_MAX_MS = 5_000;

/**
 * `work` is what the person is waiting for: deferrable work (urgent-work.ts) starts once it has
 * settled, fulfilled or rejected, or after `maxMs`.
 */
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
    pendingUrgentWork.delete(settled);
  });
  pendingUrgentWork.add(settled);
}
