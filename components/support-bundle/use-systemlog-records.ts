'use client';

import { useMutation } from '@tanstack/react-query';

import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';
import type { PublicSession } from '@/lib/session/session-data';
import { citrixErrorOf } from '@/lib/support-bundle/citrix-error';
import {
  readSystemLogPage,
  systemLogQuery,
  type SystemLogRecords,
  type TimeWindow,
} from '@/lib/support-bundle/systemlog';

/** Pages read at most (200 records each): a support bundle lists ids, not the whole audit trail. */
const MAX_PAGES = 5;

/**
 * Reads the SystemLog records of a time window through the explorer's proxy, with the session's
 * token (never seen by the browser), one page after another as SystemLog pages them.
 */
export function useSystemLogRecords(session: PublicSession | undefined) {
  return useMutation({
    mutationFn: async (window: TimeWindow): Promise<SystemLogRecords> => {
      if (!session?.authenticated || !session.region) throw new Error('Sign in to fetch SystemLog records.');
      const ids: string[] = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const request: InvokeRequestInput = {
          region: session.region,
          serviceId: 'systemlog',
          method: 'GET',
          path: '/records',
          query: systemLogQuery(window, token),
          headers: [
            ...(session.customerId ? [['Citrix-CustomerId', session.customerId] as [string, string]] : []),
            ['Accept', 'application/json'],
          ],
        };
        const result = await fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: request });
        if (result.status >= 400) {
          const error = citrixErrorOf(result.body);
          throw new Error(
            `SystemLog answered ${result.status}${error ? `: ${error.code ? `${error.code}: ` : ''}${error.message}` : '.'}`,
          );
        }
        const page = result.bodyEncoding === 'text' ? readSystemLogPage(result.body) : undefined;
        if (!page) throw new Error('SystemLog answered with a body that is not a page of records.');
        ids.push(...page.ids);
        token = page.continuationToken;
        pages += 1;
      } while (token && pages < MAX_PAGES);
      return { fetchedAt: Date.now(), ids, more: Boolean(token) };
    },
  });
}
