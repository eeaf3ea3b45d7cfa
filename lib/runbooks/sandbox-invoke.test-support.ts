import { vi } from 'vitest';

import { invokeOperation } from '@/lib/proxy/invoke';
import { DEMO_CLIENT, demoToken, setupTestEnv } from '@/lib/sandbox-gateway/test-support';
import { findService } from '@/lib/services/catalog';

import type { ResolvedOperation } from './operations';
import type { Invoke, RunnerOptions } from './runner';

/** Test-only: the runner's invoke, through the real proxy path into the in-process sandbox. */
export async function sandboxInvoke(): Promise<Invoke> {
  setupTestEnv();
  const token = await demoToken();
  const now = Date.now();
  const auth = {
    region: 'sandbox' as const,
    flow: 'oauth2' as const,
    customerId: 'sandboxdemo01',
    clientId: DEMO_CLIENT,
    token,
    issuedAt: now,
    expiresAt: now + 3_600_000_000,
  };
  return async (request) => {
    const { result } = await invokeOperation(
      {
        kind: 'catalog',
        region: 'sandbox',
        serviceId: request.serviceId,
        server: 'regional',
        method: request.method,
        path: request.path,
        query: request.query,
        headers: request.headers,
        body: request.body,
      },
      { findService, auth, appOrigin: 'http://localhost:3000', sandboxEnabled: true },
    );
    return {
      status: result.status,
      statusText: result.statusText,
      headers: result.headers,
      body: result.body,
      url: result.url,
    };
  };
}

export const customerHeader = (operation: ResolvedOperation): [string, string][] =>
  operation.requiredHeaders.includes('Citrix-CustomerId') ? [['Citrix-CustomerId', 'sandboxdemo01']] : [];

/** Sleeps by moving the clock (the sandbox's jobs are timed with Date.now()). */
export const clockSleep: RunnerOptions['sleep'] = async (ms) => {
  vi.setSystemTime(Date.now() + ms);
};
