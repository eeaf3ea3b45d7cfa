'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { fetchJson } from '@/lib/query/fetch-json';
import { SESSION_QUERY_KEY } from '@/lib/query/session-query';
import type { CredentialsInput } from '@/lib/schemas/credentials';
import type { PublicSession } from '@/lib/session/session-data';

/** Generate a token (Set Authentication) and keep the session view in step. */
export function useGenerateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['generate-token'],
    mutationFn: (credentials: CredentialsInput) =>
      fetchJson<PublicSession>('/api/auth/token', { method: 'POST', body: credentials }),
    onSuccess: (session) => queryClient.setQueryData(SESSION_QUERY_KEY, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['sign-out'],
    mutationFn: () => fetchJson<PublicSession>('/api/auth/token', { method: 'DELETE' }),
    onSuccess: () => queryClient.setQueryData(SESSION_QUERY_KEY, { authenticated: false }),
  });
}

/** Fetches the token itself, only on an explicit reveal or copy; it is never cached. */
export function revealToken(): Promise<{ token: string; expiresAt: number }> {
  return fetchJson('/api/auth/token/reveal', { method: 'POST', body: {} });
}
