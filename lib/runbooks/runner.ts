import { isMutatingMethod } from '@/lib/demo-mode/methods';
import { substitutePath } from '@/lib/invoke-form/build-request';
import { jobStatusOf, pollingDone } from '@/lib/invoke-form/follow-location';
import { JOB_POLL_INTERVAL_MS, JOB_POLL_LIMIT } from '@/lib/invoke-form/job-poller';

import {
  BindingError,
  evaluate,
  evaluateCondition,
  parseBodyText,
  substitute,
  type ExpressionScope,
} from './expressions';
import type { ResolvedOperation } from './operations';
import type { ArazzoDocument, ArazzoStep, ArazzoWorkflow } from './schema';

/**
 * The runbook runner: a state machine over one workflow's steps. Pure of the browser: every call
 * goes through the `invoke` it is given (the page passes the same `/api/invoke` proxy a single
 * call uses), and time through `sleep`, so tests run it against the sandbox in-process.
 */

/** One call, as the proxy takes it: a catalog service and a path relative to it (never a host). */
export interface RunbookRequest {
  serviceId: string;
  operationId: string;
  method: ResolvedOperation['method'];
  path: string;
  query: [string, string][];
  headers: [string, string][];
  body?: string;
}

export interface RunbookResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** The URL called, for display. */
  url?: string;
}

export type Invoke = (request: RunbookRequest, signal: AbortSignal) => Promise<RunbookResponse>;

export type StepStatus = 'pending' | 'running' | 'waiting' | 'done' | 'failed' | 'stopped';
export type RunStatus = 'idle' | 'running' | 'done' | 'failed' | 'stopped';

export interface JobProgress {
  location: string;
  polls: number;
  limit: number;
  status?: string;
  percent?: number;
}

export interface StepCall {
  label: string;
  request: RunbookRequest;
  response?: RunbookResponse;
}

export interface StepRun {
  stepId: string;
  status: StepStatus;
  /** The step's own request and its final answer (after a job: the job's results). */
  request?: RunbookRequest;
  response?: RunbookResponse;
  /** Every call the step made: the request, each poll of its job, the results. */
  calls: StepCall[];
  job?: JobProgress;
  outputs: Record<string, unknown>;
  /** Why it failed or stopped, in words naming the step. */
  message?: string;
}

export interface RunState {
  status: RunStatus;
  steps: StepRun[];
  message?: string;
}

export interface RunnerOptions {
  invoke: Invoke;
  inputs?: Record<string, unknown>;
  /** Headers a step gets unless it names them itself (the session's customer, the first site). */
  defaultHeaders?: (operation: ResolvedOperation) => [string, string][];
  /** Asked before a step that changes something (demo mode); false stops the run. */
  confirm?: (step: ArazzoStep, request: RunbookRequest) => Promise<boolean>;
  pollIntervalMs?: number;
  pollLimit?: number;
  /** When a job is still running at the poll limit: cancel it (DELETE the job) rather than leave it. */
  cancelOnTimeout?: boolean;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onChange?: (state: RunState) => void;
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

class StopSignal extends Error {}

/** Input defaults that depend on when the runbook runs (`x-default: today` → midnight UTC). */
export function dynamicDefault(schema: Record<string, unknown>, now = new Date()): string | undefined {
  if (schema['x-default'] === 'today') return `${now.toISOString().slice(0, 10)}T00:00:00Z`;
  return undefined;
}

/** The workflow's declared defaults, overlaid with what the user typed. */
export function inputsWithDefaults(workflow: ArazzoWorkflow, given: Record<string, unknown> = {}) {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(workflow.inputs?.properties ?? {})) {
    const fallback = schema.default ?? dynamicDefault(schema);
    if (fallback !== undefined) values[name] = fallback;
  }
  for (const [name, value] of Object.entries(given))
    if (value !== '' && value !== undefined) values[name] = value;
  return values;
}

/** The path after a service's base path in a Location, with its query; undefined outside the service. */
export function servicePathOf(
  location: string,
  basePath: string,
): { path: string; query: [string, string][] } | undefined {
  let url: URL;
  try {
    url = new URL(location, 'https://placeholder.invalid');
  } catch {
    return undefined;
  }
  const base = basePath.replace(/\/$/, '').toLowerCase();
  const index = base === '' ? 0 : url.pathname.toLowerCase().indexOf(`${base}/`);
  if (index < 0) return undefined;
  const path = url.pathname.slice(index + base.length);
  return path === '' || path === '/' ? undefined : { path, query: [...url.searchParams] };
}

const headerOf = (headers: ReadonlyArray<readonly [string, string]>, name: string) =>
  headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

export class RunbookRunner {
  readonly workflow: ArazzoWorkflow;
  state: RunState;
  private controller: AbortController | null = null;
  private readonly options: Required<Pick<RunnerOptions, 'pollIntervalMs' | 'pollLimit' | 'sleep'>> &
    RunnerOptions;

  constructor(
    document: ArazzoDocument,
    workflowId: string,
    private readonly operations: Record<string, ResolvedOperation>,
    options: RunnerOptions,
  ) {
    const workflow = document.workflows.find((candidate) => candidate.workflowId === workflowId);
    if (!workflow) throw new Error(`There is no workflow "${workflowId}" in the runbook.`);
    this.workflow = workflow;
    this.options = {
      pollIntervalMs: JOB_POLL_INTERVAL_MS,
      pollLimit: JOB_POLL_LIMIT,
      sleep: abortableSleep,
      ...options,
    };
    this.state = this.initialState();
  }

  private initialState(): RunState {
    return {
      status: 'idle',
      steps: this.workflow.steps.map((step) => ({
        stepId: step.stepId,
        status: 'pending',
        calls: [],
        outputs: {},
      })),
    };
  }

  private emit() {
    this.state = { ...this.state, steps: this.state.steps.map((step) => ({ ...step })) };
    this.options.onChange?.(this.state);
  }

  private patchStep(index: number, patch: Partial<StepRun>) {
    this.state.steps[index] = { ...this.state.steps[index]!, ...patch };
    this.emit();
  }

  get running(): boolean {
    return this.controller !== null;
  }

  /** Back to every step pending. */
  reset(): void {
    this.stop();
    this.state = this.initialState();
    this.emit();
  }

  /** Stops the step running now (its job is no longer polled); the run ends `stopped`. */
  stop(): void {
    this.controller?.abort();
  }

  /** Runs every step from the first, stopping at the first failure. */
  async run(): Promise<RunState> {
    if (this.running) return this.state;
    this.state = this.initialState();
    return this.execute(0, this.workflow.steps.length);
  }

  /** Runs one step: the given one, or the first that has not run. */
  async runStep(index?: number): Promise<RunState> {
    if (this.running) return this.state;
    const at = index ?? this.state.steps.findIndex((step) => step.status !== 'done');
    if (at < 0 || at >= this.workflow.steps.length) return this.state;
    return this.execute(at, at + 1);
  }

  private missingInputs(): string[] {
    const values = inputsWithDefaults(this.workflow, this.options.inputs);
    return (this.workflow.inputs?.required ?? []).filter((name) => values[name] === undefined);
  }

  private async execute(from: number, to: number): Promise<RunState> {
    const missing = this.missingInputs();
    if (missing.length > 0) {
      this.state = {
        ...this.state,
        status: 'failed',
        message: `Fill in the input ${missing.join(', ')} first.`,
      };
      this.emit();
      return this.state;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.state = { ...this.state, status: 'running', message: undefined };
    this.emit();
    try {
      for (let index = from; index < to; index++) {
        const ok = await this.runOne(index, controller.signal);
        if (!ok) {
          const step = this.state.steps[index]!;
          this.state = {
            ...this.state,
            status: step.status === 'stopped' ? 'stopped' : 'failed',
            message: step.message,
          };
          this.emit();
          return this.state;
        }
      }
      const allDone = this.state.steps.every((step) => step.status === 'done');
      this.state = { ...this.state, status: allDone ? 'done' : 'idle' };
      this.emit();
      return this.state;
    } finally {
      this.controller = null;
    }
  }

  private scope(response?: RunbookResponse, method?: string): ExpressionScope {
    return {
      inputs: inputsWithDefaults(this.workflow, this.options.inputs),
      steps: Object.fromEntries(this.state.steps.map((step) => [step.stepId, { outputs: step.outputs }])),
      response: response && {
        status: response.status,
        headers: response.headers,
        body: parseBodyText(response.body),
        url: response.url,
      },
      method,
    };
  }

  /** Explains a binding that found nothing, down to the output that read nothing. */
  private bindingMessage(step: ArazzoStep, error: BindingError): string {
    const ref = /^\$steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_.-]+)/.exec(error.expression);
    const source = ref && this.workflow.steps.find((candidate) => candidate.stepId === ref[1]);
    const origin = source?.outputs?.[ref![2]!];
    return `Step ${step.stepId}: the binding ${error.expression} (${error.where}) found nothing${
      origin ? ` — step ${ref![1]}'s output ${ref![2]} is ${origin}, and its answer has no value there` : ''
    }. The run stops here.`;
  }

  /** Builds a step's request from its parameters and body, with every binding resolved. */
  buildRequest(index: number): RunbookRequest {
    const step = this.workflow.steps[index]!;
    const operation = this.operations[step.stepId];
    if (!operation) throw new Error(`Step ${step.stepId} has no operation.`);
    const scope = this.scope();
    const values = new Map<string, string>();
    const query: [string, string][] = [];
    const headers: [string, string][] = [];
    (step.parameters ?? []).forEach((parameter, position) => {
      const where = `parameters[${position}] ${parameter.name}`;
      const value = substitute(parameter.value, scope, where);
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (parameter.in === 'path') values.set(parameter.name, text);
      else if (parameter.in === 'query') query.push([parameter.name, text]);
      else headers.push([parameter.name, text]);
    });
    for (const [name, value] of this.options.defaultHeaders?.(operation) ?? [])
      if (!headerOf(headers, name)) headers.push([name, value]);
    if (!headerOf(headers, 'Accept')) headers.push(['Accept', 'application/json']);
    const request: RunbookRequest = {
      serviceId: operation.serviceId,
      operationId: operation.operationId,
      method: operation.method,
      path: substitutePath(operation.path, (name) => values.get(name) ?? ''),
      query,
      headers,
    };
    if (step.requestBody && step.requestBody.payload !== undefined) {
      const payload = substitute(step.requestBody.payload, scope, 'requestBody.payload');
      request.body = typeof payload === 'string' ? payload : JSON.stringify(payload, null, 2);
      if (!headerOf(headers, 'Content-Type'))
        headers.push(['Content-Type', step.requestBody.contentType ?? 'application/json']);
    }
    return request;
  }

  private async call(index: number, label: string, request: RunbookRequest, signal: AbortSignal) {
    const calls = [...this.state.steps[index]!.calls, { label, request }];
    this.patchStep(index, { calls });
    const response = await this.options.invoke(request, signal);
    if (signal.aborted) throw new StopSignal();
    calls[calls.length - 1] = { label, request, response };
    this.patchStep(index, { calls: [...calls] });
    return response;
  }

  /** Runs step `index`; false when the run must stop there. */
  private async runOne(index: number, signal: AbortSignal): Promise<boolean> {
    const step = this.workflow.steps[index]!;
    const operation = this.operations[step.stepId]!;
    this.patchStep(index, {
      status: 'running',
      calls: [],
      outputs: {},
      message: undefined,
      job: undefined,
      response: undefined,
    });
    let request: RunbookRequest;
    try {
      request = this.buildRequest(index);
    } catch (error) {
      const message =
        error instanceof BindingError
          ? this.bindingMessage(step, error)
          : `Step ${step.stepId}: ${(error as Error).message}`;
      this.patchStep(index, { status: 'failed', message });
      return false;
    }
    this.patchStep(index, { request });
    try {
      if (isMutatingMethod(request.method) && this.options.confirm) {
        const confirmed = await this.options.confirm(step, request);
        if (!confirmed) {
          this.patchStep(index, {
            status: 'stopped',
            message: `Step ${step.stepId} was not confirmed; the run stops here.`,
          });
          return false;
        }
      }
      if (signal.aborted) throw new StopSignal();
      let response = await this.call(index, `${request.method} ${request.path}`, request, signal);
      const location = headerOf(response.headers, 'location');
      if (response.status === 202 && location) {
        const waited = await this.waitForJob(index, request, operation, location, signal);
        if (!waited.ok) {
          this.patchStep(index, {
            status: 'failed',
            response: waited.response ?? response,
            message: waited.message,
          });
          return false;
        }
        response = waited.response;
      }
      const scope = this.scope(response, request.method);
      const criteria = step.successCriteria ?? [];
      const unmet = criteria.find((criterion) => !evaluateCondition(criterion.condition, scope));
      const ok = criteria.length > 0 ? !unmet : response.status >= 200 && response.status < 300;
      if (!ok) {
        this.patchStep(index, {
          status: 'failed',
          response,
          message:
            `Step ${step.stepId}: Citrix answered ${response.status} ${response.statusText}`.trim() +
            (unmet ? `, and "${unmet.condition}" does not hold` : '') +
            '. The run stops here.',
        });
        return false;
      }
      const outputs: Record<string, unknown> = {};
      for (const [name, expression] of Object.entries(step.outputs ?? {}))
        outputs[name] = evaluate(expression, scope);
      this.patchStep(index, { status: 'done', response, outputs });
      return true;
    } catch (error) {
      if (error instanceof StopSignal || signal.aborted) {
        this.patchStep(index, { status: 'stopped', message: `Stopped at step ${step.stepId}.` });
        return false;
      }
      this.patchStep(index, {
        status: 'failed',
        message: `Step ${step.stepId}: the call could not be made: ${(error as Error).message}`,
      });
      return false;
    }
  }

  /** Polls a 202's job until it ends, then reads its results, as Citrix's own client does. */
  private async waitForJob(
    index: number,
    request: RunbookRequest,
    operation: ResolvedOperation,
    location: string,
    signal: AbortSignal,
  ): Promise<
    { ok: true; response: RunbookResponse } | { ok: false; message: string; response?: RunbookResponse }
  > {
    const step = this.workflow.steps[index]!;
    const target = servicePathOf(location, operation.basePath);
    if (!target)
      return {
        ok: false,
        message: `Step ${step.stepId}: the job's Location ${location} is outside the service; it is not followed.`,
      };
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== 'content-type');
    const jobRequest = (method: 'GET' | 'DELETE', path: string): RunbookRequest => ({
      serviceId: request.serviceId,
      operationId:
        method === 'DELETE'
          ? 'Jobs_DeleteJob'
          : path.endsWith('/Results')
            ? 'Jobs_GetJobResults'
            : 'Jobs_GetJob',
      method,
      path,
      query: target.query,
      headers,
    });
    const limit = this.options.pollLimit;
    const job: JobProgress = { location, polls: 0, limit };
    this.patchStep(index, { status: 'waiting', job });
    let answer: RunbookResponse | undefined;
    for (let poll = 1; poll <= limit; poll++) {
      if (poll > 1) await this.options.sleep(this.options.pollIntervalMs, signal);
      if (signal.aborted) throw new StopSignal();
      answer = await this.call(
        index,
        `Poll ${poll}: GET ${target.path}`,
        jobRequest('GET', target.path),
        signal,
      );
      const body = parseBodyText(answer.body) as Record<string, unknown> | undefined;
      const percent =
        typeof body?.OverallProgressPercent === 'number' ? body.OverallProgressPercent : undefined;
      this.patchStep(index, { job: { ...job, polls: poll, status: jobStatusOf(answer.body), percent } });
      if (pollingDone(answer.status, answer.body)) break;
      if (poll === limit) {
        let message = `Step ${step.stepId}: the job is still running after ${limit} polls.`;
        if (this.options.cancelOnTimeout) {
          const cancel = await this.call(
            index,
            `Cancel: DELETE ${target.path}`,
            jobRequest('DELETE', target.path),
            signal,
          );
          message += cancel.status < 300 ? ' It was cancelled.' : ` Cancelling it answered ${cancel.status}.`;
        } else message += ' It was left running.';
        return { ok: false, message, response: answer };
      }
    }
    if (!answer) return { ok: false, message: `Step ${step.stepId}: the job was not polled.` };
    if (answer.status >= 400)
      return {
        ok: false,
        message: `Step ${step.stepId}: polling the job answered ${answer.status}. The run stops here.`,
        response: answer,
      };
    const status = jobStatusOf(answer.body) ?? '';
    if (status.toLowerCase() !== 'complete') {
      const body = parseBodyText(answer.body) as Record<string, unknown> | undefined;
      const why =
        typeof body?.ErrorString === 'string' && body.ErrorString
          ? `: ${body.ErrorString.replace(/\.$/, '')}`
          : '';
      return {
        ok: false,
        message: `Step ${step.stepId}: the job ended ${status}${why}. The run stops here.`,
        response: answer,
      };
    }
    const results = await this.call(
      index,
      `Results: GET ${target.path}/Results`,
      jobRequest('GET', `${target.path.replace(/\/$/, '')}/Results`),
      signal,
    );
    return { ok: true, response: { ...results, url: results.url } };
  }
}
