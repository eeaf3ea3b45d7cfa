import 'server-only';

import { env } from '@/lib/config/env';
import { safeLogPath } from '@/lib/log/log-fields';
import { acceptsJson, authenticateGateway, unauthenticated } from '@/lib/sandbox/gateway-auth';
import { citrixError, gatewayInternalError, transactionId as transactionIdOf } from '@/lib/sandbox/http';
import { publicUrlOf } from '@/lib/sandbox/public-url';
import { readJsonBody } from '@/lib/sandbox/request-body';
import { handleOAuthToken, handleTrustToken } from '@/lib/sandbox/token-service';
import { findSandboxOperation, type SandboxOperation } from '@/lib/services/sandbox-routes';
import { withCustomerState } from '@/lib/services/sandbox-state';
import { sharedStore } from '@/lib/store/shared';

import { findGenericOperation, serveGeneric } from './serve-generic';

function withTransactionId(response: Response, transactionId: string): Response {
  if (!response.headers.has('citrix-transactionid') && !response.headers.has('x-cws-transactionid')) {
    response.headers.set('citrix-transactionid', transactionId);
  }
  return response;
}

/**
 * SANDBOX_LATENCY_MS (default 0): every API answer waits this long, like a far-away region, for
 * load tests and demos. The token service is not delayed. Ends early when the caller goes away.
 */
function simulatedLatency(signal: AbortSignal): Promise<void> {
  const ms = env().SANDBOX_LATENCY_MS;
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function customerFor(operation: SandboxOperation, request: Request) {
  if (operation.customer === 'path') return operation.params.customer;
  return request.headers.get('citrix-customerid')?.trim() || undefined;
}

/** A path's last segment, decoded (undefined for `/`). */
function lastSegment(path: string): string | undefined {
  const segment = path.split('/').filter(Boolean).pop();
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The token endpoints (`/cctrustoauth2/{customer}/tokens/clients`, `/trust/{customer}/tokens/clients`). */
const OAUTH_TOKEN_PATH = /^\/cctrustoauth2\/[^/]+\/tokens\/clients\/?$/i;
const TRUST_TOKEN_PATH = /^\/trust\/[^/]+\/tokens\/clients\/?$/i;

async function handleGateway(
  request: Request,
  url: URL,
  pathname: string,
  transactionId: string,
): Promise<Response> {
  // Authenticate before routing, as the Citrix gateway does: without a valid token every path
  // answers the same 401, so routes cannot be probed.
  const auth = await authenticateGateway(request);
  if (!auth.ok) return auth.response;
  const { found: operation, pathMatched } = findSandboxOperation(request.method, pathname);
  // A served document's literal path wins over a built-in template that captured its last segment
  // as a parameter (`GET /Sessions/RecordingStatus` is not the session "RecordingStatus").
  const last = lastSegment(pathname);
  if (operation && last && Object.values(operation.params).includes(last)) {
    const generic = await findGenericOperation(request, pathname);
    if (
      generic.found &&
      lastSegment(generic.found.match.operation.template)?.toLowerCase() === last.toLowerCase()
    )
      return serveGeneric(request, url, generic.found, auth.claims, transactionId);
  }
  if (!operation) {
    const generic = await findGenericOperation(request, pathname);
    if (generic.found) return serveGeneric(request, url, generic.found, auth.claims, transactionId);
    return pathMatched || generic.pathMatched
      ? citrixError(405, 'common/methodNotAllowed', `Method ${request.method} is not allowed here`)
      : citrixError(404, 'common/notFound', 'Resource not found', { entityType: 'path', id: pathname });
  }
  const customerId = customerFor(operation, request);
  if (!customerId)
    return operation.customer === 'header-daas' ? gatewayInternalError() : unauthenticated('invalid');
  // A token of one customer used for another is rejected as Citrix does: 401, reason invalid.
  if (customerId !== auth.claims.customerId && customerId !== 'root') return unauthenticated('invalid');
  const notAcceptable = acceptsJson(request);
  if (notAcceptable) return notAcceptable;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  // With REDIS_URL the customer's data is loaded before and saved after (lib/services/sandbox-state.ts).
  return withCustomerState(sharedStore(), auth.claims.customerId, () =>
    operation.handler({
      request,
      url,
      params: operation.params,
      claims: auth.claims,
      customerId: auth.claims.customerId,
      transactionId,
      body: body.body,
    }),
  );
}

/**
 * The whole sandbox: one Request in, one Response out, exactly as Citrix Cloud would answer.
 * Served at `/sandbox/*` and called in-process by the token exchange and the proxy.
 */
export async function handleSandboxRequest(request: Request): Promise<Response> {
  const url = publicUrlOf(request);
  const pathname = url.pathname.replace(/^\/sandbox(?=\/|$)/, '') || '/';
  const transactionId = transactionIdOf(request);
  try {
    if (OAUTH_TOKEN_PATH.test(pathname)) {
      if (request.method !== 'POST') return citrixError(405, 'common/methodNotAllowed', 'Use POST');
      return await handleOAuthToken(request);
    }
    if (TRUST_TOKEN_PATH.test(pathname)) {
      if (request.method !== 'POST') return citrixError(405, 'common/methodNotAllowed', 'Use POST');
      return await handleTrustToken(request);
    }
    await simulatedLatency(request.signal);
    return withTransactionId(await handleGateway(request, url, pathname, transactionId), transactionId);
  } catch (error) {
    console.error(
      JSON.stringify({
        event: 'sandbox_error',
        path: safeLogPath(pathname),
        error: String((error as Error)?.name),
      }),
    );
    return withTransactionId(
      citrixError(500, 'common/internalError', 'Internal error in the sandbox'),
      transactionId,
    );
  }
}
