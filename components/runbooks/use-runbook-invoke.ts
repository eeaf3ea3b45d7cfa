'use client';

import { useMemo } from 'react';

import { useSession } from '@/components/auth/use-session';
import { useDaasSites } from '@/components/invoke/use-daas-sites';
import { useRegion } from '@/components/shell/region-provider';
import { fetchJson } from '@/lib/query/fetch-json';
import type { ResolvedOperation } from '@/lib/runbooks/operations';
import type { Invoke } from '@/lib/runbooks/runner';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

/**
 * How a runbook's steps are sent: through `POST /api/invoke`, the same proxy (and the same closed
 * region table) as a single call; the server adds the session's token. The page fills the
 * customer id from the session and the instance id from the first DaaS site unless a step
 * binds them itself.
 */
export function useRunbookInvoke() {
  const { data: session } = useSession();
  const { region: headerRegion } = useRegion();
  const authenticated = session?.authenticated === true;
  const region = authenticated && session.region ? session.region : headerRegion;
  const customerId = session?.customerId;
  const sites = useDaasSites(authenticated, region, customerId);
  const siteId = sites.data?.[0]?.id;

  const invoke: Invoke = useMemo(
    () => async (request, signal) => {
      const input: InvokeRequestInput = {
        region,
        serviceId: request.serviceId,
        server: 'regional',
        method: request.method,
        path: request.path,
        query: request.query,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
      };
      const result = await fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: input, signal });
      return {
        status: result.status,
        statusText: result.statusText,
        headers: result.headers,
        body: result.bodyEncoding === 'text' ? result.body : '',
        url: result.url,
      };
    },
    [region],
  );

  const defaultHeaders = useMemo(
    () =>
      (operation: ResolvedOperation): [string, string][] => {
        const headers: [string, string][] = [];
        if (operation.requiredHeaders.includes('Citrix-CustomerId') && customerId)
          headers.push(['Citrix-CustomerId', customerId]);
        if (operation.requiredHeaders.includes('Citrix-InstanceId') && siteId)
          headers.push(['Citrix-InstanceId', siteId]);
        return headers;
      },
    [customerId, siteId],
  );

  return { invoke, defaultHeaders, authenticated, region, customerId, session };
}
