/**
 * What a person is waiting for goes first. The browser gives a page one core here, shared with its
 * workers: work that can wait — the browser-state controls of the header, sidebar and footer (≈ 30 KB
 * of script, then the session and profiles fetched, the imported documents read from IndexedDB, and
 * their render) — took a share of it while a file picked before the page was interactive was still
 * being listed. Such work waits for `afterUrgentWork()`; the urgent work is marked with `markUrgent`
 * (mark-urgent.ts, apart: only the import page marks any, and every page's first load brings this).
 */

/** Urgent work not settled yet; only markUrgent adds and removes. */
export const pendingUrgentWork = new Set<Promise<void>>();

/** Resolves once no urgent work is pending: at once (in a microtask) when there is none. */
export async function afterUrgentWork(): Promise<void> {
  while (pendingUrgentWork.size > 0) await Promise.all(pendingUrgentWork);
}
