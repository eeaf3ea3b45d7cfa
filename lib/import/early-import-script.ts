/**
 * The importer's file input works before the page has hydrated. This script, inline right after
 * the server-rendered import panel (with the request's CSP nonce), listens to the file input and
 * queues a picked file on `window.__cxEarlyImport`; lib/import/client.ts hands it to the import
 * worker as soon as its code runs (when the import panel's module is evaluated, before hydration) and the panel picks
 * the running import up when it hydrates. Once the panel has hydrated it sets `done`, and React's
 * own change handler takes over.
 */

/** What the script leaves on `window` for lib/import/client.ts. */
export interface EarlyImportQueue {
  /** Files picked before the page's code took over, oldest first, with performance.now() at the pick. */
  files: { file: File; at: number }[];
  /** Set by the page's code: called for each file picked from then on (until `done`). */
  notify?: (picked: { file: File; at: number }) => void;
  /** Set once the panel has hydrated: React's change handler imports from then on. */
  done?: boolean;
}

export const EARLY_IMPORT_GLOBAL = '__cxEarlyImport';
export const IMPORT_PANEL_SELECTOR = '[data-testid="import-panel"]';

/**
 * The inline script's source: a fixed string (no request data in it), so the nonce is all the
 * CSP needs. It marks the panel `data-importer-ready` (it accepts a file from now on).
 *
 * It listens on `window` in the capture phase, ahead of React: React listens on the document and,
 * while the page is hydrating, stops a change event it cannot dispatch yet — a listener on the input
 * itself then never heard it, and the picked file was lost (1 pick in 40 on a loaded machine).
 * It takes the file at `input`, which a pick fires just before `change`, queues it once, and stops
 * both events there until the panel has hydrated. React would answer them by hydrating the page
 * synchronously (120–190 ms on this machine), and meanwhile the file waited: a message posted to a
 * worker that is still evaluating its code is held by the page and passed on by a task of the
 * page's main thread. The panel takes the early import over when it hydrates (adoptEarlyImport).
 */
export function earlyImportScript(): string {
  return `(function(){var p=document.querySelector(${JSON.stringify(IMPORT_PANEL_SELECTOR)});var i=p&&p.querySelector('input[type="file"]');if(!i)return;var q=window.${EARLY_IMPORT_GLOBAL}={files:[]};var last;function h(ev){if(ev.target!==i||q.done)return;ev.stopImmediatePropagation();var f=i.files&&i.files[0];if(!f||f===last)return;last=f;var e={file:f,at:performance.now()};if(q.notify)q.notify(e);else q.files.push(e);}window.addEventListener('input',h,true);window.addEventListener('change',h,true);p.setAttribute('data-importer-ready','true');})();`;
}
