import type { ImportedDocMeta, ImportedOperationDetail, ImportProblem } from '@/lib/openapi/types';
import { markUrgent } from '@/lib/scheduling/mark-urgent';

import { EARLY_IMPORT_GLOBAL, type EarlyImportQueue } from './early-import-script';
import { notifyImportsChanged } from './events';
import { removeImported } from './store';
import type { ListedDocument, WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The page's side of the import worker. One worker per tab, created on first use: on /import
 * before the page hydrates (the import panel's module calls startImporterEarly), so that the worker's
 * code loads while React boots, and a file picked in the server-rendered
 * input is parsed at once. The parsers, validators and upgrader live only in the worker's bundle,
 * never in a page's.
 */

let worker: Worker | undefined;
let warmed: Promise<void> | undefined;
let nextId = 1;
const pending = new Map<number, (response: WorkerResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    const created = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'api-import',
    });
    warmed = new Promise<void>((resolve) => pending.set(0, () => resolve()));
    created.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
      pending.get(event.data.requestId)?.(event.data),
    );
    created.postMessage({ type: 'warm' } satisfies WorkerRequest);
    worker = created;
  }
  return worker;
}

/**
 * Once the page is idle: the worker loads what its first import would otherwise load on the way
 * (the OpenAPI 3.0 validator, Scalar), so that a file picked later is listed without waiting for it.
 */
export function preloadImporter(): void {
  getWorker().postMessage({ type: 'preload' } satisfies WorkerRequest);
}

/** Which import sent each list, and what to tell once that list is on screen. */
const listedBy = new WeakMap<ListedDocument, number>();
const onShownById = new Map<number, () => void>();

/**
 * The page has painted this list: the worker may go on storing its document (it waits at most
 * 400 ms for this), and whoever waited for the list on screen is told.
 */
export function notifyListShown(listed: ListedDocument): void {
  const requestId = listedBy.get(listed);
  if (requestId === undefined) return;
  onShownById.get(requestId)?.();
  onShownById.delete(requestId);
  worker?.postMessage({ type: 'list-shown', requestId } satisfies WorkerRequest);
}

/** Starts the worker ahead of the first import; resolves once its code has loaded. */
export function warmImporter(): Promise<void> {
  getWorker();
  return warmed!;
}

/** Thrown when a document was refused: each problem says where (line, or JSON path). */
export class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems[0]?.message ?? 'The document was refused.');
    this.name = 'ImportRefused';
  }
}

export class ImportedNotFound extends Error {
  override name = 'ImportedNotFound';
}

export interface ImportCallbacks {
  /** The document is checked and indexed: show its operations now. */
  onListed?: (listed: ListedDocument) => void;
  /** Its list has been painted (notifyListShown). */
  onShown?: () => void;
}

/** Imports a file or pasted text; resolves once the document is stored. */
export function importDocument(
  source: Blob | string,
  fileName: string | undefined,
  callbacks: ImportCallbacks = {},
): Promise<ImportedDocMeta> {
  const requestId = nextId++;
  if (callbacks.onShown) onShownById.set(requestId, callbacks.onShown);
  return new Promise<ImportedDocMeta>((resolve, reject) => {
    pending.set(requestId, (response) => {
      if (response.type === 'listed') {
        listedBy.set(response.listed, requestId);
        callbacks.onListed?.(response.listed);
        return;
      }
      pending.delete(requestId);
      onShownById.delete(requestId);
      if (response.type === 'stored') {
        notifyImportsChanged();
        resolve(response.meta);
      } else if (response.type === 'refused') reject(new ImportRefused(response.problems));
      else if (response.type === 'failed') reject(new Error(response.message));
    });
    getWorker().postMessage({ type: 'import', requestId, source, fileName } satisfies WorkerRequest);
  });
}

/** One operation of an imported document, dereferenced in the worker. */
export function loadImportedOperation(docId: string, operationId: string): Promise<ImportedOperationDetail> {
  const requestId = nextId++;
  return new Promise<ImportedOperationDetail>((resolve, reject) => {
    pending.set(requestId, (response) => {
      pending.delete(requestId);
      if (response.type === 'operation') resolve(response.detail);
      else if (response.type === 'failed')
        reject(response.notFound ? new ImportedNotFound(response.message) : new Error(response.message));
    });
    getWorker().postMessage({ type: 'operation', requestId, docId, operationId } satisfies WorkerRequest);
  });
}

export async function removeImportedDocument(id: string): Promise<void> {
  await removeImported(id);
  notifyImportsChanged();
}

/** An import started from a file picked before the import panel hydrated. */
export interface EarlyImport {
  file: File;
  /** performance.now() when the file was picked. */
  startedAt: number;
  /** The listed document, if the worker has sent it already. */
  listed?: ListedDocument;
  /** Set by the panel: called when the listed document arrives. */
  onListed?: (listed: ListedDocument) => void;
  outcome: Promise<ImportedDocMeta>;
  /** Ends its hold on the page's deferrable work (its list is on screen, or it was dropped). */
  releaseUrgency: () => void;
}

let early: EarlyImport | undefined;

function earlyQueue(): EarlyImportQueue | undefined {
  return (window as unknown as Record<string, EarlyImportQueue | undefined>)[EARLY_IMPORT_GLOBAL];
}

function importEarly({ file, at }: { file: File; at: number }) {
  let releaseUrgency!: () => void;
  const onScreen = new Promise<void>((resolve) => (releaseUrgency = resolve));
  const started: EarlyImport = { file, startedAt: at, outcome: Promise.resolve() as never, releaseUrgency };
  started.outcome = importDocument(file, file.name, {
    onListed: (listed) => {
      started.listed = listed;
      started.onListed?.(listed);
    },
    onShown: releaseUrgency,
  });
  // Reported by the panel when it adopts the import; never an unhandled rejection meanwhile.
  started.outcome.catch(() => undefined);
  // The person is waiting for this list: the page's deferrable code loads once it is on screen
  // (or the import has ended without one). A file picked after it replaces it: nobody waits for
  // the first one's list any more.
  early?.releaseUrgency();
  markUrgent(Promise.race([started.outcome, onScreen]));
  early = started;
}

/**
 * Before hydration, on /import: starts the worker, and imports the file picked in the
 * server-rendered input (lib/import/early-import-script.ts), now or as soon as it is picked.
 */
export function startImporterEarly(): void {
  getWorker();
  const queue = earlyQueue();
  if (!queue || queue.done || queue.notify) return;
  const last = queue.files.splice(0).at(-1);
  if (last) importEarly(last);
  queue.notify = importEarly;
}

/** Whether this file's import was started before the panel hydrated (and is not adopted yet). */
export function startedEarly(file: File): boolean {
  return early?.file === file;
}

/**
 * The import panel, once hydrated: its own change handler takes over the file input, and it
 * follows the import started before (if any; once).
 */
export function adoptEarlyImport(): EarlyImport | undefined {
  startImporterEarly();
  const queue = earlyQueue();
  if (queue) {
    queue.done = true;
    queue.notify = undefined;
  }
  const adopted = early;
  early = undefined;
  return adopted;
}
