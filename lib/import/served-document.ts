import { ApiCallError, fetchJson } from '@/lib/query/fetch-json';
import type { ImportedInvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

import { getImportedDoc } from './store';

/**
 * An imported document lives in this browser; for the sandbox to answer its operations from its
 * schemas, the server needs it. It is sent once per page (`POST /api/sandbox/documents`) as the
 * JSON text of the stored, normalised document, and named in each sandbox call by the SHA-256 of
 * that text. When the server has forgotten it (a restart, another instance, its bound), the call
 * is refused with DOCUMENT_NOT_SERVED: the document is sent again and the call retried once.
 */

const DOCUMENT_NOT_SERVED = 'DOCUMENT_NOT_SERVED';
const sent = new Map<string, Promise<string>>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function send(docId: string): Promise<string> {
  const stored = await getImportedDoc(docId);
  if (!stored)
    throw new ApiCallError(404, 'IMPORTED_NOT_FOUND', 'This imported document is no longer in this browser.');
  const text = JSON.stringify(stored.document);
  const [id, answer] = await Promise.all([
    sha256Hex(text),
    fetchJson<{ id: string }>('/api/sandbox/documents', { method: 'POST', body: { text } }),
  ]);
  // The server hashes what it received; the same text gives the same id.
  if (answer.id !== id)
    throw new ApiCallError(500, 'DOCUMENT_ID_MISMATCH', 'The sandbox stored another document than was sent.');
  return id;
}

/** The served id of an imported document, sending it first when this page has not (or `again`). */
export function servedDocumentId(docId: string, again = false): Promise<string> {
  if (again) sent.delete(docId);
  let pending = sent.get(docId);
  if (!pending) {
    pending = send(docId);
    // A failed send is tried again on the next call, not remembered.
    pending.catch(() => sent.delete(docId));
    sent.set(docId, pending);
  }
  return pending;
}

/** `POST /api/invoke` for an imported operation; on the sandbox, with its document served. */
export async function invokeImported(
  docId: string,
  request: ImportedInvokeRequestInput,
  signal?: AbortSignal,
): Promise<InvokeResult> {
  const post = (body: ImportedInvokeRequestInput) =>
    fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body, signal });
  if (request.region !== 'sandbox') return post(request);
  try {
    return await post({ ...request, documentId: await servedDocumentId(docId) });
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.code !== DOCUMENT_NOT_SERVED) throw error;
    return post({ ...request, documentId: await servedDocumentId(docId, true) });
  }
}
