/** Shared fixtures for the proxy's invoke tests against the fault upstream. Test-only. */
import { ApiError } from '@/lib/http/api-error';
import type { InvokeContext } from '@/lib/proxy/invoke';
import type { InvokeRequest } from '@/lib/schemas/invoke';
import type { CatalogService } from '@/lib/services/types';
import type { SessionAuth } from '@/lib/session/session-data';
import type { UpstreamLimits } from '@/lib/upstream/types';

import type { FaultUpstream } from './fault-upstream';

export const TOKEN = 'TOKEN_CANARY_7f3a9c';
export const CAP = 1024 * 1024;
/** Short limits keep the suite fast: every timeout test finishes in well under a second or two. */
export const LIMITS: UpstreamLimits = {
  connectTimeoutMs: 300,
  headersTimeoutMs: 300,
  bodyTimeoutMs: 300,
  totalTimeoutMs: 1_500,
  maxResponseBytes: CAP,
};

/** A service on the real US gateway host whose one template `/{mode}` picks the fault mode. */
export const faultService: CatalogService = {
  id: 'fault',
  title: 'Fault',
  summary: '',
  hostKind: 'gateway',
  basePath: '/fault',
  paging: 'none',
  requiredHeaders: [],
  document: { openapi: '3.1.0', paths: { '/{mode}': { get: {}, post: {}, put: {}, patch: {}, delete: {} } } },
};

export const sessionAuth = (overrides: Partial<SessionAuth> = {}): SessionAuth => ({
  region: 'us',
  flow: 'oauth2',
  customerId: 'acme01',
  clientId: 'client-1',
  token: TOKEN,
  issuedAt: Date.now(),
  expiresAt: Date.now() + 3_600_000,
  ...overrides,
});

export function faultRequest(mode: string, overrides: Partial<InvokeRequest> = {}): InvokeRequest {
  return {
    region: 'us',
    serviceId: 'fault',
    server: 'regional',
    method: 'GET',
    path: `/${mode}`,
    query: [],
    headers: [['Accept', 'application/json']],
    ...overrides,
  };
}

/** A context whose connections all go to the fault upstream, whatever table host the URL names. */
export function faultContext(upstream: FaultUpstream, overrides: Partial<InvokeContext> = {}): InvokeContext {
  return {
    findService: (id) => (id === 'fault' ? faultService : undefined),
    auth: sessionAuth(),
    appOrigin: 'https://app.test',
    limits: LIMITS,
    transport: { connector: upstream.connector() },
    ...overrides,
  };
}

/** The ApiError a call rejected with; throws if it resolved or rejected with anything else. */
export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw error instanceof Error ? error : new Error(String(error));
  return error;
}
