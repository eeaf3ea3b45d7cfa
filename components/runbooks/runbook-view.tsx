'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';

import { useAuthDialog } from '@/components/auth/auth-dialog-provider';
import { ConfirmSendDialog } from '@/components/demo-mode/confirm-send-dialog';
import { useDemoMode } from '@/components/demo-mode/use-demo-mode';
import { useHydrated } from '@/components/shell/use-hydrated';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { JOB_POLL_INTERVAL_MS, JOB_POLL_LIMIT } from '@/lib/invoke-form/job-poller';
import { builtInEntry, savedEntry, type RunbookEntry } from '@/lib/runbooks/library';
import { inputsWithDefaults, RunbookRunner, type RunbookRequest, type RunState } from '@/lib/runbooks/runner';
import { secretProblems } from '@/lib/runbooks/secrets';
import { newRunbookId } from '@/lib/runbooks/store';
import { suggestBindings } from '@/lib/runbooks/suggest';
import { parseRunbook, runbookToYaml, type Problem } from '@/lib/runbooks/validate';

import { RunExports } from './run-exports';
import { StepCard } from './step-card';
import { useRunbookInvoke } from './use-runbook-invoke';
import { useRunbookStorage } from './use-runbook-storage';

/** Opens a runbook by id: a built-in, or one saved in this browser. */
export function RunbookView({ id }: { id: string }) {
  const storage = useRunbookStorage();
  const hydrated = useHydrated();
  const builtIn = useMemo(() => builtInEntry(id), [id]);
  const saved = storage.saved.find((item) => item.id === id);
  const entry = builtIn ?? (saved ? savedEntry(saved) : undefined);
  if (!entry) {
    return hydrated ? (
      <p className="text-sm">
        There is no runbook <code className="font-mono">{id.slice(0, 80)}</code> in this browser.{' '}
        <Link className="text-brand-700 underline dark:text-brand-100" href="/runbooks">
          All runbooks
        </Link>
      </p>
    ) : (
      <p className="text-sm text-slate-500">Loading…</p>
    );
  }
  return <RunbookWorkbench key={`${entry.id}:${entry.text.length}:${saved?.updatedAt ?? 0}`} entry={entry} />;
}

function ProblemList({ problems, testId }: { problems: Problem[]; testId: string }) {
  return (
    <ul
      data-testid={testId}
      className="space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
    >
      {problems.map((problem, index) => (
        <li key={index}>
          <code className="font-mono text-xs font-semibold">{problem.where}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}

const RUN_TEXT: Record<RunState['status'], string> = {
  idle: 'Not run yet.',
  running: 'Running…',
  done: 'Every step is done.',
  failed: 'The run stopped on a failure.',
  stopped: 'The run was stopped.',
};

function RunbookWorkbench({ entry }: { entry: RunbookEntry }) {
  const router = useRouter();
  const storage = useRunbookStorage();
  const { invoke, defaultHeaders, authenticated, customerId } = useRunbookInvoke();
  const { openAuthDialog } = useAuthDialog();
  const [demoMode] = useDemoMode();
  const [tab, setTab] = useState<'steps' | 'arazzo'>('steps');
  const [text, setText] = useState(entry.text);
  const [savedNote, setSavedNote] = useState<string | undefined>();
  const parsed = useMemo(() => parseRunbook(text), [text]);
  const secrets = useMemo(() => (parsed.ok ? secretProblems(parsed.document) : []), [parsed]);
  // The steps view runs the document as loaded; edits apply once they validate.
  const [document, setDocument] = useState(() => {
    const initial = parseRunbook(entry.text);
    return initial.ok ? initial : undefined;
  });
  const workflow = document?.document.workflows[0];
  const operations = workflow ? document!.operations[workflow.workflowId]! : {};
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [cancelOnTimeout, setCancelOnTimeout] = useState(false);
  const [state, setState] = useState<RunState | undefined>();
  const runner = useRef<RunbookRunner | null>(null);
  const [confirming, setConfirming] = useState<
    { request: RunbookRequest; resolve: (ok: boolean) => void } | undefined
  >();
  useEffect(() => () => runner.current?.stop(), []);
  const suggested = useMemo(
    () =>
      document && workflow && state && state.status !== 'running'
        ? suggestBindings(document.document, workflow.workflowId, state)
        : undefined,
    [document, workflow, state],
  );

  if (!document || !workflow) {
    return (
      <ProblemList
        problems={
          parseRunbook(entry.text).ok ? [] : (parseRunbook(entry.text) as { problems: Problem[] }).problems
        }
        testId="runbook-problems"
      />
    );
  }
  const polling = (workflow['x-job-polling'] ?? {}) as { intervalSeconds?: number; limit?: number };
  const intervalMs = Math.min(60, Math.max(1, polling.intervalSeconds ?? JOB_POLL_INTERVAL_MS / 1000)) * 1000;
  const pollLimit = Math.min(120, Math.max(1, polling.limit ?? JOB_POLL_LIMIT));
  const inputSchema = workflow.inputs?.properties ?? {};
  const defaults = inputsWithDefaults(workflow);

  function makeRunner(): RunbookRunner {
    const typed = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => {
        const kind = (inputSchema[name] as { type?: string } | undefined)?.type;
        return [
          name,
          (kind === 'integer' || kind === 'number') && value.trim() !== '' ? Number(value) : value,
        ];
      }),
    );
    const next = new RunbookRunner(document!.document, workflow!.workflowId, operations, {
      invoke,
      defaultHeaders,
      inputs: typed,
      pollIntervalMs: intervalMs,
      pollLimit,
      cancelOnTimeout,
      confirm: demoMode
        ? (_step, request) => new Promise<boolean>((resolve) => setConfirming({ request, resolve }))
        : undefined,
      onChange: setState,
    });
    // Keep what earlier steps produced when running one step at a time.
    if (state && runner.current) next.state = state;
    return next;
  }

  async function run() {
    runner.current = makeRunner();
    runner.current.state = { status: 'idle', steps: runner.current.state.steps };
    await runner.current.run();
  }
  async function runStep() {
    runner.current = makeRunner();
    await runner.current.runStep();
  }
  function reset() {
    runner.current?.stop();
    runner.current = null;
    setState(undefined);
  }

  function applyText() {
    if (!parsed.ok || secrets.length > 0) return false;
    reset();
    setDocument(parsed);
    return true;
  }

  function save() {
    if (!parsed.ok || secrets.length > 0) return;
    const id = entry.builtIn ? newRunbookId() : entry.id;
    storage.save({ id, title: parsed.document.info.title, text, updatedAt: Date.now() });
    applyText();
    setSavedNote(entry.builtIn ? 'Saved as your copy.' : 'Saved in this browser.');
    if (entry.builtIn) router.push(`/runbooks/${id}`);
  }

  function download() {
    const blob = new Blob([text], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const link = window.document.createElement('a');
    link.href = url;
    link.download = `${entry.builtIn ? entry.id : workflow!.workflowId}.arazzo.yaml`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const running = state?.status === 'running';
  const steps =
    state?.steps ??
    workflow.steps.map((step) => ({
      stepId: step.stepId,
      status: 'pending' as const,
      calls: [],
      outputs: {},
    }));
  const nextStep = steps.findIndex((step) => step.status !== 'done');

  return (
    <div className="min-w-0 space-y-6">
      <div className="flex flex-wrap gap-2" role="tablist" aria-label="Runbook views">
        {(['steps', 'arazzo'] as const).map((name) => (
          <button
            key={name}
            role="tab"
            type="button"
            aria-selected={tab === name}
            onClick={() => setTab(name)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${tab === name ? 'bg-brand-600 text-white' : 'border border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200'}`}
          >
            {name === 'steps' ? 'Steps' : 'Arazzo'}
          </button>
        ))}
      </div>

      {tab === 'steps' ? (
        <section aria-label="Run" className="space-y-4">
          {Object.keys(inputSchema).length > 0 ? (
            <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-800">
              <legend className="px-1 text-sm font-semibold">Inputs</legend>
              {Object.entries(inputSchema).map(([name, schema]) => (
                <label key={name} className="flex min-w-0 flex-col gap-1 text-sm">
                  <span className="font-medium">
                    {name}
                    {(workflow.inputs?.required ?? []).includes(name) ? (
                      <span className="text-red-600"> *</span>
                    ) : null}
                  </span>
                  <input
                    name={name}
                    value={inputs[name] ?? ''}
                    placeholder={defaults[name] === undefined ? '' : String(defaults[name])}
                    onChange={(event) => setInputs((current) => ({ ...current, [name]: event.target.value }))}
                    className="min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
                  />
                  {typeof (schema as { description?: unknown }).description === 'string' ? (
                    <span className="text-xs text-slate-500 dark:text-slate-400">
                      {String((schema as { description: string }).description)}
                    </span>
                  ) : null}
                </label>
              ))}
            </fieldset>
          ) : null}

          <div className="flex flex-wrap items-center gap-2">
            {authenticated ? (
              <>
                <Button onClick={() => void run()} disabled={running}>
                  Run
                </Button>
                <Button variant="secondary" onClick={() => void runStep()} disabled={running || nextStep < 0}>
                  Run step{nextStep >= 0 ? ` ${nextStep + 1}` : ''}
                </Button>
                <Button variant="secondary" onClick={() => runner.current?.stop()} disabled={!running}>
                  Stop
                </Button>
                <Button variant="secondary" onClick={reset} disabled={running || !state}>
                  Reset
                </Button>
              </>
            ) : (
              <Button onClick={openAuthDialog}>Set Authentication to run</Button>
            )}
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={cancelOnTimeout}
                onChange={(event) => setCancelOnTimeout(event.target.checked)}
              />
              Cancel a job still running after {pollLimit} polls
            </label>
          </div>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            The token is the session’s: the server adds it to every call, and the runbook never holds it. Jobs
            (202 answers) are polled every {intervalMs / 1000} s, at most {pollLimit} times.
            {demoMode ? ' Demo mode is on: each step that changes something asks first.' : ''}
          </p>

          <p
            role="status"
            data-testid="runbook-run-status"
            data-status={state?.status ?? 'idle'}
            className="text-sm font-medium"
          >
            {RUN_TEXT[state?.status ?? 'idle']}
            {state?.message ? ` ${state.message}` : ''}
          </p>

          <ol className="space-y-3">
            {workflow.steps.map((step, index) => (
              <StepCard
                key={step.stepId}
                index={index}
                step={step}
                operation={operations[step.stepId]}
                run={steps[index]!}
              />
            ))}
          </ol>

          {suggested && suggested.suggestions.length > 0 ? (
            <section
              aria-labelledby="suggested-bindings"
              data-testid="suggested-bindings"
              className="min-w-0 space-y-2 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm dark:border-sky-500/40 dark:bg-sky-500/10"
            >
              <h2 id="suggested-bindings" className="font-semibold">
                Suggested bindings
              </h2>
              <p>
                Values later steps sent are in earlier answers: bind them, so the runbook works for other ids
                too.
              </p>
              <ul className="list-disc space-y-1 pl-5">
                {suggested.suggestions.map((suggestion, index) => (
                  <li key={index} className="break-all">
                    <span className="font-medium">{suggestion.stepId}</span> {suggestion.where} ←{' '}
                    <code className="font-mono text-xs">{suggestion.expression}</code>
                  </li>
                ))}
              </ul>
              <Button
                size="sm"
                onClick={() => {
                  setText(runbookToYaml(suggested.document));
                  setTab('arazzo');
                }}
              >
                Bind them (review in the Arazzo tab)
              </Button>
            </section>
          ) : null}
          {state && state.status !== 'running' && state.steps.some((step) => step.request) ? (
            <RunExports
              title={document.document.info.title}
              workflow={workflow}
              state={state}
              polling={{ seconds: intervalMs / 1000, limit: pollLimit }}
            />
          ) : null}
        </section>
      ) : (
        <section aria-label="Arazzo document" className="space-y-3">
          <label htmlFor="arazzo-text" className="block text-sm font-medium">
            Arazzo 1.0 / 1.1 (YAML or JSON)
          </label>
          <textarea
            id="arazzo-text"
            data-testid="arazzo-editor"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSavedNote(undefined);
            }}
            className="h-[28rem] w-full min-w-0 rounded-md border border-slate-300 bg-white p-3 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
          {!parsed.ok ? <ProblemList problems={parsed.problems} testId="arazzo-problems" /> : null}
          {parsed.ok && secrets.length > 0 ? (
            <ProblemList problems={secrets} testId="arazzo-problems" />
          ) : null}
          {parsed.ok && secrets.length === 0 ? (
            <p data-testid="arazzo-valid" className="text-sm text-emerald-700 dark:text-emerald-300">
              Valid: {parsed.document.workflows.reduce((sum, item) => sum + item.steps.length, 0)} steps,
              every operation in the catalog.
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button onClick={save} disabled={!parsed.ok || secrets.length > 0}>
              {entry.builtIn ? 'Save as my runbook' : 'Save'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => applyText() && setTab('steps')}
              disabled={!parsed.ok || secrets.length > 0}
            >
              Use these steps
            </Button>
            <Button variant="secondary" onClick={download} disabled={!parsed.ok}>
              Export Arazzo
            </Button>
            {!entry.builtIn ? (
              <Button
                variant="danger"
                onClick={() => {
                  storage.remove(entry.id);
                  router.push('/runbooks');
                }}
              >
                Delete
              </Button>
            ) : null}
          </div>
          {savedNote ? (
            <p role="status" className="text-sm">
              {savedNote}
            </p>
          ) : null}
        </section>
      )}
      <ConfirmSendDialog
        open={confirming !== undefined}
        method={confirming?.request.method ?? 'POST'}
        target={confirming ? `${confirming.request.method} ${confirming.request.path}` : ''}
        customerId={customerId}
        onConfirm={() => {
          confirming?.resolve(true);
          setConfirming(undefined);
        }}
        onCancel={() => {
          confirming?.resolve(false);
          setConfirming(undefined);
        }}
      />
    </div>
  );
}
