import { queryOptions } from '@tanstack/react-query';

import type { PublicSession } from '@/lib/session/session-data';

import { takeEarlySessionAnswer } from './early-session';
import { fetchJson, readJsonAnswer } from './fetch-json';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The public view of the session; it never contains the token. */
export function sessionQuery() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => {
      const early = takeEarlySessionAnswer();
      return early
        ? readJsonAnswer<PublicSession>(early)
        : fetchJson<PublicSession>('/api/auth/session', { signal });
    },
  });
}
