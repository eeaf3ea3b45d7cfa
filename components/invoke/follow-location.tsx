'use client';

import { useEffect, useMemo, useRef, useState } from 'react';

import { statusTone } from '@/components/explorer/status-tone';
import { Button } from '@/components/ui/button';
import { toImportedInvokeRequest } from '@/lib/import/invoke-request';
import { invokeImported } from '@/lib/import/served-document';
import { followRequest, jobStatusOf } from '@/lib/invoke-form/follow-location';
import {
  JOB_POLL_INTERVAL_MS,
  JOB_POLL_LIMIT,
  pollUntilDone,
  type PollEnd,
} from '@/lib/invoke-form/job-poller';
import { statusLine } from '@/lib/invoke-form/status-meaning';
import { fetchJson } from '@/lib/query/fetch-json';
import type { InvokeRequestInput, InvokeResult } from '@/lib/schemas/invoke';

import { ResponseBody } from './response-body';
import type { InvokeService } from './types';

interface FollowLocationProps {
  location: string;
  /** The call that answered with this Location (its customer and instance headers are reused). */
  request: InvokeRequestInput;
  service: InvokeService;
  /** 202 Accepted: the Location is a job, which can be polled until it ends. */
  job: boolean;
  operationId: string;
  /** Injectable so tests need not wait ten seconds. */
  pollIntervalMs?: number;
  pollLimit?: number;
}

type Phase =
  | { name: 'idle' }
  | { name: 'following' }
  | { name: 'polling'; polls: number }
  | { name: 'ended'; reason: PollEnd | 'followed'; polls: number; error?: string };

const END_TEXT: Record<PollEnd | 'followed', (polls: number) => string> = {
  followed: () => '',
  finished: (polls) => `The job ended (after ${polls} ${polls === 1 ? 'poll' : 'polls'}).`,
  limit: (polls) => `Stopped after ${polls} polls: the job is still running. Poll again to keep watching.`,
  stopped: (polls) => `Polling stopped after ${polls} ${polls === 1 ? 'poll' : 'polls'}.`,
  error: () => 'Polling stopped: the explorer could not make the call.',
};

/** A 201/202's Location, followed in one click, and for a job, polled until it ends. */
export function FollowLocation({
  location,
  request,
  service,
  job,
  operationId,
  pollIntervalMs = JOB_POLL_INTERVAL_MS,
  pollLimit = JOB_POLL_LIMIT,
}: FollowLocationProps) {
  const followed = useMemo(
    () => followRequest(location, service.basePath, request),
    [location, service.basePath, request],
  );
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [answer, setAnswer] = useState<InvokeResult | undefined>(undefined);
  const poller = useRef<{ stop: () => void } | null>(null);
  // A new answer (or leaving the page) ends any polling of the previous one.
  useEffect(() => () => poller.current?.stop(), [location]);

  if (!followed) {
    return (
      <p className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-500/40 dark:bg-sky-500/10 dark:text-sky-200">
        Location <code className="break-all font-mono text-[13px]">{location}</code> — outside {service.title}
        , so the explorer does not follow it.
      </p>
    );
  }
  const call = () =>
    service.imported
      ? invokeImported(service.id, toImportedInvokeRequest(followed, service))
      : fetchJson<InvokeResult>('/api/invoke', { method: 'POST', body: followed });

  function followOnce() {
    setPhase({ name: 'following' });
    call().then(
      (result) => {
        setAnswer(result);
        setPhase({ name: 'ended', reason: 'followed', polls: 1 });
      },
      (error: unknown) =>
        setPhase({ name: 'ended', reason: 'error', polls: 0, error: (error as Error)?.message }),
    );
  }

  function poll() {
    poller.current?.stop();
    setPhase({ name: 'polling', polls: 0 });
    poller.current = pollUntilDone({
      call,
      intervalMs: pollIntervalMs,
      limit: pollLimit,
      onAnswer: (result, polls) => {
        setAnswer(result);
        setPhase((current) => (current.name === 'polling' ? { name: 'polling', polls } : current));
      },
      onEnd: (reason, error) =>
        setPhase((current) => ({
          name: 'ended',
          reason,
          polls: current.name === 'polling' ? current.polls : 0,
          ...(error ? { error: (error as Error)?.message } : {}),
        })),
    });
  }

  const busy = phase.name === 'following' || phase.name === 'polling';
  const jobStatus = answer && answer.bodyEncoding === 'text' ? jobStatusOf(answer.body) : undefined;
  const seconds = Math.round(pollIntervalMs / 1000);
  return (
    <section
      aria-label="Follow the Location"
      data-testid="follow-location"
      className="space-y-3 rounded-md border border-sky-300 bg-sky-50 px-3 py-3 text-sm text-sky-900 dark:border-sky-500/40 dark:bg-sky-500/10 dark:text-sky-200"
    >
      <p>
        {job ? 'The job is at' : 'Location'}{' '}
        <code className="break-all font-mono text-[13px]">{location}</code>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={followOnce} disabled={busy}>
          Follow the Location
        </Button>
        {job ? (
          phase.name === 'polling' ? (
            <Button size="sm" variant="secondary" onClick={() => poller.current?.stop()}>
              Stop polling
            </Button>
          ) : (
            <Button size="sm" variant="secondary" onClick={poll} disabled={busy}>
              Poll until the job ends
            </Button>
          )
        ) : null}
        {job ? (
          <span className="text-xs opacity-80">
            Every {seconds} s, as Citrix’s own client polls; at most {pollLimit} times.
          </span>
        ) : null}
      </div>
      <p role="status" data-testid="follow-status" className="min-h-5">
        {phase.name === 'following' ? 'Following…' : null}
        {phase.name === 'polling'
          ? `Polling: ${phase.polls} of at most ${pollLimit}${jobStatus ? ` · job ${jobStatus}` : ''}`
          : null}
        {phase.name === 'ended'
          ? [
              jobStatus ? `Job status: ${jobStatus}.` : '',
              END_TEXT[phase.reason](phase.polls),
              phase.error ?? '',
            ]
              .filter(Boolean)
              .join(' ')
          : null}
      </p>
      {answer ? <FollowedAnswer result={answer} operationId={operationId} /> : null}
    </section>
  );
}

function FollowedAnswer({ result, operationId }: { result: InvokeResult; operationId: string }) {
  const { label } = statusLine(result.status, result.statusText);
  return (
    <div className="space-y-2 text-slate-900 dark:text-slate-100">
      <p className="flex flex-wrap items-center gap-2">
        <span
          data-testid="follow-response-status"
          className={`rounded-md px-2 py-0.5 font-mono text-xs font-bold ${statusTone(result.status)}`}
        >
          {label}
        </span>
        <span className="font-mono text-xs">GET</span>
        <code className="min-w-0 break-all font-mono text-xs">{result.url}</code>
      </p>
      <ResponseBody result={result} operationId={`${operationId}-location`} />
    </div>
  );
}
