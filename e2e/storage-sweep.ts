import type { Page } from '@playwright/test';

/** Everything this origin keeps in the browser: localStorage, sessionStorage and every IndexedDB store. */
export async function browserStorageDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const databases: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores: Record<string, unknown> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      databases[info.name] = stores;
    }
    return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, databases });
  });
}

/** A JWT: three base64url segments, the first one a JSON header (`eyJ`). */
export const JWT_PATTERN = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
