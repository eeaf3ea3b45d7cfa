import { appOriginOf } from '@/lib/config/app-origin';
import { env } from '@/lib/config/env';
import { readOnlyRefusal } from '@/lib/demo-mode/read-only';
import { ApiError, errorResponse, jsonOk } from '@/lib/http/api-error';
import { assertSameOrigin, parseJsonBody } from '@/lib/http/request-guards';
import { logEvent } from '@/lib/log/log-event';
import { safeLogPath, safeLogToken } from '@/lib/log/log-fields';
import { concurrencyKey, withCallSlot } from '@/lib/proxy/concurrency';
import { invokeOperation } from '@/lib/proxy/invoke';
import { invokeRequestSchema } from '@/lib/schemas/invoke';
import { findService } from '@/lib/services/catalog';
import { getSession, readActiveAuth, saveAuth } from '@/lib/session/session';

/** Invoke API: one proxied call to Citrix Cloud (or the sandbox), answered as data (DESIGN §6). */
export async function POST(request: Request) {
  const started = performance.now();
  let method: string | undefined;
  try {
    assertSameOrigin(request);
    const input = await parseJsonBody(request, invokeRequestSchema);
    method = input.method;
    // A public deployment (READ_ONLY=true) refuses changes before any token or upstream work.
    const refusal = readOnlyRefusal(
      { method: input.method, serviceId: 'serviceId' in input ? input.serviceId : '' },
      env().READ_ONLY,
    );
    if (refusal) throw refusal;
    const auth = await readActiveAuth();
    const outcome = await withCallSlot(concurrencyKey(auth, input.authorizationOverride), () =>
      invokeOperation(input, {
        findService,
        auth,
        appOrigin: appOriginOf(request),
        signal: request.signal,
        // Only a renewal writes the session: it opens it then.
        persistAuth: async (renewed) => saveAuth(await getSession(), renewed),
      }),
    );
    const { result } = outcome;
    logEvent({
      event: 'proxy_call',
      method,
      host: outcome.host,
      path: safeLogPath(outcome.pathname),
      status: result.status,
      durationMs: performance.now() - started,
      transactionId: safeLogToken(result.transactionId),
    });
    return jsonOk(result);
  } catch (error) {
    const response = errorResponse(error);
    const { code, extra } =
      error instanceof ApiError ? error : { code: undefined, extra: {} as Record<string, unknown> };
    logEvent({
      event: 'proxy_call',
      method,
      host: safeLogToken(extra.host),
      status: response.status,
      durationMs: performance.now() - started,
      code: safeLogToken(code),
    });
    return response;
  }
}
