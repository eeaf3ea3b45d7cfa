import 'server-only';

import { renewSessionAuth, shouldRenewBeforeCall, type Minter } from '@/lib/auth/renew';
import { REGIONS } from '@/lib/citrix/regions';
import { env } from '@/lib/config/env';
import { ApiError } from '@/lib/http/api-error';
import { matchOperation } from '@/lib/openapi/operation-match';
import type {
  AnyInvokeRequest,
  ImportedInvokeRequest,
  InvokeRequest,
  InvokeResult,
} from '@/lib/schemas/invoke';
import type { CatalogService } from '@/lib/services/types';
import type { SessionAuth } from '@/lib/session/session-data';
import { sendUpstream } from '@/lib/upstream/send-upstream';
import {
  DEFAULT_LIMITS,
  type SendOptions,
  type UpstreamLimits,
  type UpstreamResponse,
} from '@/lib/upstream/types';
import { UpstreamError } from '@/lib/upstream/upstream-error';

import { assertBodyMatchesContentType } from './body-check';
import { buildOutboundHeaders, cwsAuthorization, tokenFromOverride } from './headers';
import { toInvokeResult } from './invoke-result';
import { DOCUMENT_HEADER, servedDocumentHeader } from './served-document';
import {
  buildUpstreamUrl,
  type UpstreamUrl,
  type UpstreamUrlInput,
  type UpstreamUrlOptions,
} from './upstream-url';

/** What one call needs from its surroundings; the route passes the real session, tests pass fixtures. */
export interface InvokeContext {
  findService: (id: string) => CatalogService | undefined;
  /** The session's authentication, if any. */
  auth: SessionAuth | undefined;
  /** The app's own origin: labels sandbox URLs and reaches the sandbox token service in-process. */
  appOrigin: string;
  /** The browser's request signal: the upstream call is aborted when the browser goes away. */
  signal?: AbortSignal;
  /** Stores a re-minted token in the session (the route passes saveAuth). */
  persistAuth?: (auth: SessionAuth) => Promise<void>;
  sandboxEnabled?: boolean;
  limits?: UpstreamLimits;
  /** Test seams for the outbound connection, the token minting and the region table. */
  transport?: SendOptions;
  mint?: Minter;
  urlOptions?: UpstreamUrlOptions;
}

export interface InvokeOutcome {
  result: InvokeResult;
  /** For the log line: the upstream host and the path without its query. */
  host: string;
  pathname: string;
}

/** How an imported document's service is named in refusals (the server never sees its title). */
export const IMPORTED_SERVICE_TITLE = 'Imported API';

function checkSandbox(request: AnyInvokeRequest, context: InvokeContext): void {
  if (request.region === 'sandbox' && !(context.sandboxEnabled ?? env().SANDBOX_ENABLED)) {
    throw new ApiError(400, 'SANDBOX_DISABLED', 'The sandbox region is switched off on this deployment.');
  }
}

function resolveService(request: InvokeRequest, context: InvokeContext): CatalogService {
  const service = context.findService(request.serviceId);
  if (!service)
    throw new ApiError(404, 'UNKNOWN_SERVICE', `There is no service "${request.serviceId}" in the catalog.`);
  checkSandbox(request, context);
  const match = matchOperation(service.document, request.method, request.path);
  if (!match.ok) {
    const message =
      match.reason === 'no-path'
        ? `No operation of ${service.title} matches the path ${request.path}.`
        : `${service.title} does not declare ${request.method} for ${request.path} (it declares ${match.allowed.join(', ')}).`;
    throw new ApiError(400, 'METHOD_NOT_IN_DESCRIPTION', message);
  }
  return service;
}

/**
 * An imported document lives only in the user's browser, so there is no description to match the
 * path against: the request names a host kind of the region table and a base path (schema-checked
 * with the path rules), and buildUpstreamUrl maps and re-checks them exactly as for the catalog.
 */
function importedService(
  request: ImportedInvokeRequest,
  context: InvokeContext,
): UpstreamUrlInput['service'] {
  checkSandbox(request, context);
  return {
    id: 'imported',
    title: IMPORTED_SERVICE_TITLE,
    hostKind: request.target.hostKind,
    basePath: request.target.basePath,
  };
}

function buildUrl(
  request: AnyInvokeRequest,
  service: UpstreamUrlInput['service'],
  context: InvokeContext,
): UpstreamUrl {
  const server = request.kind === 'imported' ? 'regional' : request.server;
  const built = buildUpstreamUrl(
    { region: request.region, service, server, path: request.path, query: request.query },
    context.urlOptions,
  );
  if (!built.ok) throw new ApiError(400, built.code, built.message);
  return built;
}

/** The session to call with: refreshed first when a renewing token is about to expire. */
async function sessionForCall(
  request: AnyInvokeRequest,
  context: InvokeContext,
): Promise<{ auth: SessionAuth; renewed: boolean }> {
  const auth = context.auth;
  if (!auth) throw new ApiError(401, 'NOT_AUTHENTICATED', 'Set Authentication first.');
  if (auth.region !== request.region) {
    throw new ApiError(
      400,
      'REGION_MISMATCH',
      `Your token is for region ${REGIONS[auth.region].label}; set authentication for ${REGIONS[request.region].label} or switch back.`,
    );
  }
  if (!shouldRenewBeforeCall(auth)) return { auth, renewed: false };
  let fresh: SessionAuth;
  try {
    fresh = await renewSessionAuth(auth, context.appOrigin, context.mint);
  } catch (error) {
    // A token that still has a few seconds left is better than failing the call outright.
    if (auth.expiresAt > Date.now()) return { auth, renewed: false };
    throw error;
  }
  await context.persistAuth?.(fresh);
  return { auth: fresh, renewed: true };
}

function toApiError(error: unknown, host: string): unknown {
  if (error instanceof UpstreamError)
    return new ApiError(error.httpStatus, error.code, error.message, { host });
  return error;
}

/**
 * One proxied call: the catalog decides the service and its operations (for an imported document,
 * the browser names a host kind and base path, checked as above), the region table the
 * origin, an allowlist the headers; the session (or a pasted token) the Authorization. Whatever
 * Citrix answered comes back as data. A renewing session re-mints at most once per call: before
 * it when the token is about to expire, or after a 401 (then the call is retried exactly once).
 */
export async function invokeOperation(
  request: AnyInvokeRequest,
  context: InvokeContext,
): Promise<InvokeOutcome> {
  const service =
    request.kind === 'imported' ? importedService(request, context) : resolveService(request, context);
  const url = buildUrl(request, service, context);
  const body = request.body === undefined || request.body === '' ? undefined : request.body;
  if (body !== undefined && request.method === 'GET') {
    throw new ApiError(400, 'BODY_NOT_ALLOWED', 'A GET request cannot carry a body.');
  }
  assertBodyMatchesContentType(body, request.headers);
  // Built (and validated) once, before any token work; only the Authorization differs per attempt.
  const outbound = buildOutboundHeaders(request.headers, '');
  if (request.kind === 'imported' && request.documentId && url.target.type === 'sandbox')
    outbound[DOCUMENT_HEADER] = await servedDocumentHeader(request.documentId);
  const override = request.authorizationOverride?.trim()
    ? tokenFromOverride(request.authorizationOverride)
    : undefined;
  const session = override === undefined ? await sessionForCall(request, context) : undefined;
  let renewed = session?.renewed ?? false;

  const send = (token: string): Promise<UpstreamResponse> =>
    sendUpstream(
      {
        target: url.target,
        path: url.path,
        method: request.method,
        headers: { ...outbound, authorization: cwsAuthorization(token) },
        body,
        signal: context.signal,
        appOrigin: context.appOrigin,
      },
      context.limits ?? DEFAULT_LIMITS,
      context.transport,
    );

  try {
    let response = await send(override ?? session!.auth.token);
    if (response.status === 401 && session?.auth.renew && !renewed) {
      // If re-minting fails, the 401 Citrix gave is the truest answer: it goes back as data.
      const fresh = await renewSessionAuth(session.auth, context.appOrigin, context.mint).catch(
        () => undefined,
      );
      if (fresh) {
        await context.persistAuth?.(fresh);
        renewed = true;
        response = await send(fresh.token);
      }
    }
    return { result: toInvokeResult(response, renewed), host: url.host, pathname: url.pathname };
  } catch (error) {
    throw toApiError(error, url.host);
  }
}
