'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { fetchJson } from '@/lib/query/fetch-json';
import { SESSION_QUERY_KEY } from '@/lib/query/session-query';
import type { CredentialsInput } from '@/lib/schemas/credentials';
import type { PublicSession } from '@/lib/session/session-data';

/** The profiles' view (components/profiles/use-profiles.ts): each profile's token state. */
const PROFILES_QUERY_KEY = ['profiles'] as const;

/** Generate a token (Set Authentication) and keep the session view in step. */
export function useGenerateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['generate-token'],
    mutationFn: (credentials: CredentialsInput) =>
      fetchJson<PublicSession>('/api/auth/token', { method: 'POST', body: credentials }),
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      void queryClient.invalidateQueries({ queryKey: PROFILES_QUERY_KEY });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['sign-out'],
    mutationFn: () => fetchJson<PublicSession>('/api/auth/token', { method: 'DELETE' }),
    // Signs out of the active profile only; the others keep their tokens.
    onSuccess: () => {
      queryClient.setQueryData(SESSION_QUERY_KEY, { authenticated: false });
      void queryClient.invalidateQueries({ queryKey: PROFILES_QUERY_KEY });
    },
  });
}

/** Fetches the token itself, only on an explicit reveal or copy; it is never cached. */
export function revealToken(): Promise<{ token: string; expiresAt: number }> {
  return fetchJson('/api/auth/token/reveal', { method: 'POST', body: {} });
}
