import { z } from 'zod';

import { env } from '@/lib/config/env';
import { readOnlyActionRefusal } from '@/lib/demo-mode/read-only';
import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';
import { resetSandboxData } from '@/lib/services/sandbox-state';
import { sharedStore } from '@/lib/store/shared';

const resetSchema = z.object({}).strict();

/**
 * Reset sandbox data: every sandbox customer goes back to its seeded state (the next call
 * reseeds), on every instance when they share a store (REDIS_URL; 503 when it does not answer). Refused when the sandbox is off, and on a read-only deployment: there the sandbox is
 * shared by every visitor, and one visitor must not wipe what another is demonstrating.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    await parseJsonBody(request, resetSchema, 1024);
    if (!env().SANDBOX_ENABLED)
      throw new ApiError(400, 'SANDBOX_DISABLED', 'The sandbox region is switched off on this deployment.');
    const refusal = readOnlyActionRefusal(env().READ_ONLY, 'resetting the sandbox data');
    if (refusal) throw refusal;
    await resetSandboxData(sharedStore());
    return jsonOk({ reset: true });
  } catch (error) {
    return errorResponse(error);
  }
}
