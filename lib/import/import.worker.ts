import { checkParsed, parseForCheck } from '@/lib/openapi/check';
import type { ImportedDocMeta } from '@/lib/openapi/types';
import { loadValidator } from '@/lib/openapi/validators/load';

import { listShownGate } from './list-shown-gate';
import { operationDetail } from './operation-detail';
import { getImportedDoc, getImportedOperations, saveImported } from './store';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The import worker: everything heavy about an imported document happens here, off the main
 * thread — reading the file, parsing, validating, indexing, upgrading, dereferencing, storing.
 * The page gets the operation index as soon as the document is checked ("listed"), then a
 * "stored" message once the document is in IndexedDB.
 *
 * Only the first half of the pipeline (parse, validate, index) is in the worker's first bundle,
 * and of the three validators only the one the document's version needs is loaded. Scalar's
 * upgrader and dereferencer, with the `yaml` package they bring, are half of the worker's code:
 * loaded on first need (after a document is listed, or for an operation page), they no longer
 * compile on the one core that is also booting the page before the list can show. Once the page
 * is idle it asks for them ('preload': Scalar and the OpenAPI 3.0 validator), so that a file picked
 * later does not wait for them either.
 */

const loadNormaliser = () => import('@/lib/openapi/normalise-document');
const loadDereferencer = () => import('@/lib/openapi/dereference');

/** Citrix publishes its API descriptions as OpenAPI 3.0: that validator is the one loaded ahead. */
const PRELOADED_VERSION = '3.0';
/** Once an import has begun, what it needs loads on its way: a preload has nothing left to do. */
let importBegun = false;

/**
 * After "listed", storing waits for the page to paint the list (they share the core), at most this
 * long: 70–100 ms went from the list's arrival to its paint while Scalar loaded beside it.
 */
const LIST_SHOWN_WAIT_MS = 400;
const listShown = listShownGate();

/** The little of DedicatedWorkerGlobalScope used here (the project's lib is "dom", not "webworker"). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

/** Dereferenced documents, most recently used last; a few multi-MB graphs at most. */
const CACHE_SIZE = 3;
const dereferencedCache = new Map<
  string,
  Promise<{ meta: ImportedDocMeta; document: Record<string, unknown> }>
>();

function remember(id: string, value: Promise<{ meta: ImportedDocMeta; document: Record<string, unknown> }>) {
  dereferencedCache.delete(id);
  dereferencedCache.set(id, value);
  while (dereferencedCache.size > CACHE_SIZE)
    dereferencedCache.delete(dereferencedCache.keys().next().value!);
  value.catch(() => dereferencedCache.delete(id));
}

async function importDocument(request: Extract<WorkerRequest, { type: 'import' }>) {
  const { requestId } = request;
  importBegun = true;
  const started = performance.now();
  const text = typeof request.source === 'string' ? request.source : await request.source.text();
  const read = performance.now();
  const parsed = parseForCheck(text);
  const outcome = parsed.ok ? checkParsed(parsed, await loadValidator(parsed.version)) : parsed;
  const checkedAt = performance.now();
  if (!outcome.ok) {
    post({ type: 'refused', requestId, problems: outcome.problems });
    return;
  }
  const { checked } = outcome;
  post({
    type: 'listed',
    requestId,
    listed: {
      id: checked.id,
      title: checked.title,
      version: checked.version,
      sourceVersion: checked.sourceVersion,
      format: checked.format,
      sizeBytes: checked.sizeBytes,
      operations: checked.operations,
      timings: { readMs: read - started, checkMs: checkedAt - read },
    },
  });
  const operations = checked.operations;
  await listShown.wait(requestId, LIST_SHOWN_WAIT_MS);
  const { normalise } = await loadNormaliser();
  const normalisedStarted = performance.now();
  const normalised = normalise(checked, request.fileName);
  const normalisedAt = performance.now();
  remember(checked.id, Promise.resolve({ meta: normalised.stored.meta, document: normalised.dereferenced }));
  await saveImported(normalised.stored, operations);
  post({
    type: 'stored',
    requestId,
    meta: normalised.stored.meta,
    timings: {
      loadMs: normalisedStarted - checkedAt,
      normaliseMs: normalisedAt - normalisedStarted,
      storeMs: performance.now() - normalisedAt,
    },
  });
}

async function loadDereferenced(docId: string) {
  const cached = dereferencedCache.get(docId);
  if (cached) return cached;
  const loading = Promise.all([getImportedDoc(docId), loadDereferencer()]).then(
    ([stored, { dereferenceDocument }]) => {
      if (!stored)
        throw Object.assign(new Error(`There is no imported document "${docId}" in this browser.`), {
          notFound: true,
        });
      return { meta: stored.meta, document: dereferenceDocument(stored.document).document };
    },
  );
  remember(docId, loading);
  return loading;
}

async function loadOperation(request: Extract<WorkerRequest, { type: 'operation' }>) {
  const [{ meta, document }, operations] = await Promise.all([
    loadDereferenced(request.docId),
    getImportedOperations(request.docId),
  ]);
  const entry = operations?.find((item) => item.operationId === request.operationId);
  const detail = entry && operationDetail(meta, entry, document);
  if (!detail) {
    post({
      type: 'failed',
      requestId: request.requestId,
      notFound: true,
      message: `${meta.title} has no operation "${request.operationId}".`,
    });
    return;
  }
  post({ type: 'operation', requestId: request.requestId, detail });
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Its code has loaded (the validators and Scalar load with the first document, or on 'preload').
  if (request.type === 'warm') {
    post({ type: 'warmed', requestId: 0 });
    return;
  }
  if (request.type === 'list-shown') {
    listShown.shown(request.requestId);
    return;
  }
  if (request.type === 'preload') {
    if (!importBegun)
      void Promise.all([loadValidator(PRELOADED_VERSION), loadNormaliser()]).catch(() => undefined);
    return;
  }
  const run = request.type === 'import' ? importDocument(request) : loadOperation(request);
  run.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const notFound =
      typeof error === 'object' && error !== null && (error as { notFound?: boolean }).notFound === true;
    post({ type: 'failed', requestId: request.requestId, message, notFound });
  });
});
