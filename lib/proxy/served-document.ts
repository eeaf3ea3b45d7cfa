import { ApiError } from '@/lib/http/api-error';
import { DOCUMENT_HEADER } from '@/lib/sandbox-gateway/serve-generic';
import { findServedDocument } from '@/lib/sandbox/generic/documents';
import { sharedStore } from '@/lib/store/shared';

export { DOCUMENT_HEADER };

/** The code the browser reacts to by sending the document again (then it retries the call once). */
export const DOCUMENT_NOT_SERVED = 'DOCUMENT_NOT_SERVED';

/**
 * The header value naming an imported document on a sandbox call. When this deployment does not
 * hold the document (a restart, another instance, the bound on count or bytes), the call is refused
 * with DOCUMENT_NOT_SERVED before anything is sent, and the browser sends the document again.
 */
export async function servedDocumentHeader(documentId: string): Promise<string> {
  if (!(await findServedDocument(documentId, sharedStore())))
    throw new ApiError(
      409,
      DOCUMENT_NOT_SERVED,
      'The sandbox does not hold this imported document (it may have restarted); send it again.',
    );
  return documentId;
}
