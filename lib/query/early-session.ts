/**
 * The session, asked for before React hydrates (instrumentation-client.ts): the first session query
 * (session-query.ts) takes this answer instead of asking once the header's controls have loaded and
 * mounted, after hydration. Not put in the query cache: what hydrates must match the server's HTML,
 * which was drawn without the session. No imports: this runs in every page's first script.
 */

/** An early answer older than this is not used: the session may have changed since. */
export const EARLY_ANSWER_TTL_MS = 5_000;

let early: { answer: Promise<Response>; askedAt: number } | undefined;

export function askForSessionEarly(): void {
  if (early) return;
  const answer = fetch('/api/auth/session', {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    cache: 'no-store',
  });
  // Handed to the first query, which reports a failure; never an unhandled rejection meanwhile.
  answer.catch(() => undefined);
  early = { answer, askedAt: performance.now() };
}

/** The early answer, once, if it is recent enough. */
export function takeEarlySessionAnswer(): Promise<Response> | undefined {
  const taken = early;
  early = undefined;
  return taken && performance.now() - taken.askedAt < EARLY_ANSWER_TTL_MS ? taken.answer : undefined;
}
