import { z } from 'zod';

import { env } from '@/lib/config/env';
import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';
import { MAX_SERVED_DOCUMENT_BYTES, registerDocument } from '@/lib/sandbox/generic/documents';
import { readActiveAuth } from '@/lib/session/session';
import { sharedStore } from '@/lib/store/shared';

const documentSchema = z
  .object({
    /** The imported document as the browser keeps it (normalised OpenAPI 3.1, JSON text). */
    text: z.string().min(1, 'The document is empty.'),
  })
  .strict();

/**
 * Serve an imported document on the sandbox: the browser sends it once (it lives in the browser),
 * the answer is its id (the SHA-256 of the text), which invoke requests then name. Untrusted input:
 * size-capped, parsed and checked as on import, kept within a bound (lib/sandbox/generic/documents.ts).
 * Only for a signed-in sandbox session, so nobody fills the bound anonymously.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = await parseJsonBody(request, documentSchema, MAX_SERVED_DOCUMENT_BYTES + 1024);
    if (!env().SANDBOX_ENABLED)
      throw new ApiError(400, 'SANDBOX_DISABLED', 'The sandbox region is switched off on this deployment.');
    const auth = await readActiveAuth();
    if (!auth || auth.region !== 'sandbox')
      throw new ApiError(401, 'NOT_AUTHENTICATED', 'Set Authentication for the sandbox first.');
    const outcome = await registerDocument(input.text, sharedStore());
    if (!outcome.ok) throw new ApiError(400, 'DOCUMENT_REFUSED', outcome.message);
    return jsonOk({ id: outcome.id, title: outcome.title, operations: outcome.operations });
  } catch (error) {
    return errorResponse(error);
  }
}
