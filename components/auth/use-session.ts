'use client';

import { useQuery } from '@tanstack/react-query';

import { sessionQuery } from '@/lib/query/session-query';

/** The public session (never the token); `data.authenticated` says whether a token is held. */
export function useSession() {
  return useQuery(sessionQuery());
}
