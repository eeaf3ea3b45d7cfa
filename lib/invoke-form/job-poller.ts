import { pollingDone } from './follow-location';

/** As Citrix's own DaaS client polls a job: every 10 seconds. */
export const JOB_POLL_INTERVAL_MS = 10_000;
/** Then gives up (30 polls: five minutes), so a forgotten tab does not poll for ever. */
export const JOB_POLL_LIMIT = 30;

export type PollEnd = 'finished' | 'limit' | 'stopped' | 'error';

export interface PollOptions<T extends { status: number; body: string }> {
  /** One GET of the job. */
  call: () => Promise<T>;
  onAnswer: (answer: T, polls: number) => void;
  onEnd: (reason: PollEnd, error?: unknown) => void;
  /** Injectable so tests need not wait ten seconds. */
  intervalMs?: number;
  limit?: number;
}

/**
 * Calls at once, then every `intervalMs` until the job ends (or the call fails), `limit` calls
 * have been made, or `stop()`. One call at a time: the next waits for the previous answer.
 */
export function pollUntilDone<T extends { status: number; body: string }>({
  call,
  onAnswer,
  onEnd,
  intervalMs = JOB_POLL_INTERVAL_MS,
  limit = JOB_POLL_LIMIT,
}: PollOptions<T>): { stop: () => void } {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polls = 0;
  const end = (reason: PollEnd, error?: unknown) => {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    onEnd(reason, error);
  };
  const tick = async () => {
    timer = undefined;
    let answer: T;
    try {
      answer = await call();
    } catch (error) {
      end('error', error);
      return;
    }
    if (stopped) return;
    polls += 1;
    onAnswer(answer, polls);
    if (pollingDone(answer.status, answer.body)) end('finished');
    else if (polls >= limit) end('limit');
    else timer = setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return { stop: () => end('stopped') };
}
