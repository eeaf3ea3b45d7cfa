import { queryOptions } from '@tanstack/react-query';

import type { PublicSession } from '@/lib/session/session-data';

import { fetchJson } from './fetch-json';

export const SESSION_QUERY_KEY = ['session'] as const;

/** An early answer older than this is not used: the session may have changed since. */
const EARLY_ANSWER_TTL_MS = 5_000;

let earlyAnswer: { answer: Promise<PublicSession>; askedAt: number } | undefined;

/**
 * Asks for the session before React hydrates (instrumentation-client.ts): the first session query
 * takes this answer instead of asking when the header's controls have loaded and mounted, after
 * hydration. Not put in the query cache: what hydrates must match the server's HTML, which was
 * drawn without the session.
 */
export function askForSessionEarly(): void {
  if (earlyAnswer) return;
  earlyAnswer = { answer: fetchJson<PublicSession>('/api/auth/session'), askedAt: performance.now() };
  // Handed to the first query, which reports a failure; never an unhandled rejection meanwhile.
  earlyAnswer.answer.catch(() => undefined);
}

/** The public view of the session; it never contains the token. */
export function sessionQuery() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => {
      const early = earlyAnswer;
      earlyAnswer = undefined;
      if (early && performance.now() - early.askedAt < EARLY_ANSWER_TTL_MS) return early.answer;
      return fetchJson<PublicSession>('/api/auth/session', { signal });
    },
  });
}
