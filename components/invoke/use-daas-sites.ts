'use client';

import { useQuery } from '@tanstack/react-query';

import type { RegionId } from '@/lib/citrix/regions';
import { parseDaasSites } from '@/lib/invoke-form/daas-sites';
import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

/**
 * The DaaS sites the caller can manage, from `GET /cvad/manage/me` sent through our own proxy
 * (so the session's token is used and never read by the page). Only asked for when a form has a
 * Citrix-InstanceId to fill and the user is authenticated.
 */
export function useDaasSites(enabled: boolean, region: RegionId, customerId: string | undefined) {
  return useQuery({
    queryKey: ['daas-sites', region, customerId],
    enabled: enabled && Boolean(customerId),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const request: InvokeRequestInput = {
        region,
        serviceId: 'daas',
        server: 'regional',
        method: 'GET',
        path: '/me',
        query: [],
        headers: [
          ['Citrix-CustomerId', customerId ?? ''],
          ['Accept', 'application/json'],
        ],
      };
      const result = await fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: request, signal });
      if (result.status !== 200 || result.bodyEncoding !== 'text')
        throw new Error(`GET /cvad/manage/me answered ${result.status}.`);
      return parseDaasSites(JSON.parse(result.body), customerId);
    },
  });
}
