'use client';

import { statusTone } from '@/components/explorer/status-tone';
import { ExplanationView } from '@/components/troubleshoot/explanation-view';
import type { ResolvedOperation } from '@/lib/runbooks/operations';
import type { StepCall, StepRun, StepStatus } from '@/lib/runbooks/runner';
import type { ArazzoStep } from '@/lib/runbooks/schema';
import { explain } from '@/lib/troubleshoot/explain';

const STATUS_TEXT: Record<StepStatus, string> = {
  pending: 'Pending',
  running: 'Running',
  waiting: 'Waiting on the job',
  done: 'Done',
  failed: 'Failed',
  stopped: 'Stopped',
};

const STATUS_TONE: Record<StepStatus, string> = {
  pending: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  running: 'bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300',
  waiting: 'bg-indigo-100 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-300',
  done: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300',
  failed: 'bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300',
  stopped: 'bg-amber-100 text-amber-900 dark:bg-amber-500/15 dark:text-amber-300',
};

const MAX_SHOWN = 20_000;

function pretty(body: string): string {
  const text =
    body.length > MAX_SHOWN
      ? `${body.slice(0, MAX_SHOWN)}\n… (${body.length - MAX_SHOWN} more characters)`
      : body;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function CallView({ call }: { call: StepCall }) {
  const { request, response } = call;
  const query = request.query.length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '';
  return (
    <div className="space-y-2 border-t border-slate-200 pt-3 first:border-0 first:pt-0 dark:border-slate-800">
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium">{call.label}</span>
        {response ? (
          <span className={`rounded px-1.5 py-0.5 font-mono font-bold ${statusTone(response.status)}`}>
            {response.status} {response.statusText}
          </span>
        ) : (
          <span className="text-slate-500">sending…</span>
        )}
      </p>
      <div className="grid min-w-0 gap-2 lg:grid-cols-2">
        <div className="min-w-0">
          <p className="text-xs font-medium text-slate-500 dark:text-slate-400">Request</p>
          <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">
            {`${request.method} ${request.path}${query}\n${request.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}${
              request.body ? `\n\n${pretty(request.body)}` : ''
            }`}
          </pre>
        </div>
        <div className="min-w-0">
          <p className="text-xs font-medium text-slate-500 dark:text-slate-400">Response</p>
          <pre
            data-testid="runbook-response-body"
            className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900"
          >
            {response
              ? `${response.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}${response.body ? `\n\n${pretty(response.body)}` : ''}`
              : '…'}
          </pre>
        </div>
      </div>
    </div>
  );
}

/** Citrix's own words for a failure: ErrorMessage (DaaS), detail (problem+json), error_description. */
function citrixMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['ErrorMessage', 'detail', 'error_description', 'message', 'Message', 'ErrorString'])
      if (typeof parsed[key] === 'string' && parsed[key]) return parsed[key];
  } catch {
    /* not JSON */
  }
  return undefined;
}

interface StepCardProps {
  index: number;
  step: ArazzoStep;
  operation?: ResolvedOperation;
  run: StepRun;
}

/** One step: its operation, its state (a job's progress while waiting), and what it sent and got. */
export function StepCard({ index, step, operation, run }: StepCardProps) {
  const failedAnswer =
    run.status === 'failed' && run.response && run.response.status >= 400 ? run.response : undefined;
  const explanation = failedAnswer
    ? explain(failedAnswer.status, failedAnswer.body, run.request?.headers ?? [])
    : undefined;
  const citrixSays = failedAnswer ? citrixMessage(failedAnswer.body) : undefined;
  const job = run.job;
  return (
    <li
      data-testid="runbook-step"
      data-step-id={step.stepId}
      data-status={run.status}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-950"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">
            <span className="mr-2 text-slate-500 dark:text-slate-400">{index + 1}.</span>
            {step.stepId}
          </h3>
          {operation ? (
            <p className="mt-0.5 break-all font-mono text-xs text-slate-600 dark:text-slate-400">
              {operation.method} /
              {operation.serviceId === 'daas' ? 'cvad/manage' : operation.basePath.replace(/^\//, '')}
              {operation.path === '/' ? '' : operation.path} · {operation.operationId}
            </p>
          ) : null}
          {step.description ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{step.description}</p>
          ) : null}
        </div>
        <span
          data-testid="runbook-step-status"
          className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_TONE[run.status]}`}
        >
          {STATUS_TEXT[run.status]}
        </span>
      </div>
      {job ? (
        <div className="mt-3" data-testid="runbook-job">
          <div className="flex flex-wrap justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
            <span data-testid="runbook-job-status">
              Job {job.status ?? 'starting'}
              {job.percent !== undefined ? ` · ${job.percent} %` : ''}
            </span>
            <span>
              poll {job.polls} of at most {job.limit}
            </span>
          </div>
          <div
            role="progressbar"
            aria-label={`Job of step ${step.stepId}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={job.percent ?? 0}
            className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-800"
          >
            <div className="h-full bg-indigo-500 transition-all" style={{ width: `${job.percent ?? 0}%` }} />
          </div>
        </div>
      ) : null}
      {run.message && (run.status === 'failed' || run.status === 'stopped') ? (
        <p
          data-testid="runbook-step-message"
          role="alert"
          className="mt-3 text-sm font-medium text-red-700 dark:text-red-300"
        >
          {run.message}
        </p>
      ) : null}
      {citrixSays ? (
        <p data-testid="runbook-citrix-message" className="mt-2 text-sm">
          <span className="font-medium">Citrix says: </span>
          {citrixSays}
        </p>
      ) : null}
      {explanation ? (
        <div className="mt-3">
          <ExplanationView explanation={explanation} />
        </div>
      ) : null}
      {Object.keys(run.outputs).length > 0 ? (
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
          {Object.entries(run.outputs).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-mono text-slate-500">{name}</dt>
              <dd
                className="truncate font-mono"
                title={typeof value === 'string' ? value : JSON.stringify(value)}
              >
                {value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {run.calls.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-100">
            Request and response ({run.calls.length} {run.calls.length === 1 ? 'call' : 'calls'})
          </summary>
          <div className="mt-3 space-y-3">
            {run.calls.map((call, position) => (
              <CallView key={position} call={call} />
            ))}
          </div>
        </details>
      ) : null}
    </li>
  );
}
