'use client';

import { useQuery } from '@tanstack/react-query';

import { sessionQuery } from '@/lib/query/session-query';

/**
 * The public session (never the token); `data.authenticated` says whether a token is held.
 * A renewing session is polled, so the server can re-mint before expiry while the page is open.
 */
export function useSession() {
  return useQuery({
    ...sessionQuery(),
    refetchInterval: (query) => (query.state.data?.renewAutomatically ? 10_000 : false),
  });
}
