import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { resetSandboxData } from '@/lib/services/sandbox-state';

import { BUILT_IN_RUNBOOKS } from './builtins';
import { RunbookRunner } from './runner';
import { clockSleep, customerHeader, sandboxInvoke } from './sandbox-invoke.test-support';
import { validateRunbook } from './validate';

describe('the built-in runbooks', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Midday: "who logged on slowly today" finds the morning's sessions whatever the hour of the run.
    vi.setSystemTime(new Date('2026-06-15T12:00:00Z'));
    resetSandboxData();
  });
  afterEach(() => vi.useRealTimers());

  it.each(BUILT_IN_RUNBOOKS.map((runbook) => [runbook.id, runbook] as const))(
    '%s is a valid runbook and runs to the end on the sandbox, through the proxy',
    async (_id, runbook) => {
      const checked = validateRunbook(runbook.document);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      const workflow = checked.document.workflows[0]!;
      const runner = new RunbookRunner(
        checked.document,
        workflow.workflowId,
        checked.operations[workflow.workflowId]!,
        {
          invoke: await sandboxInvoke(),
          defaultHeaders: customerHeader,
          sleep: clockSleep,
          pollIntervalMs: 2000,
        },
      );
      const state = await runner.run();
      expect(
        state.message,
        JSON.stringify(
          state.steps.map((step) => [step.stepId, step.status, step.response?.body?.slice(0, 300)]),
        ),
      ).toBeUndefined();
      expect(state.status).toBe('done');
      expect(state.steps.every((step) => step.status === 'done')).toBe(true);
    },
  );

  it('tracks the jobs of Onboard a team: each job step polled until Complete, then its results read', async () => {
    const checked = validateRunbook(BUILT_IN_RUNBOOKS[0]!.document);
    if (!checked.ok) throw new Error('invalid');
    const progress: string[] = [];
    const runner = new RunbookRunner(checked.document, 'onboardTeam', checked.operations.onboardTeam!, {
      invoke: await sandboxInvoke(),
      defaultHeaders: customerHeader,
      sleep: clockSleep,
      pollIntervalMs: 1000,
      onChange: (state) => {
        for (const step of state.steps)
          if (step.status === 'waiting' && step.job?.status)
            progress.push(`${step.stepId}:${step.job.status}`);
      },
    });
    const state = await runner.run();
    expect(state.status).toBe('done');
    for (const stepId of ['createCatalog', 'createGroup', 'powerOn']) {
      const step = state.steps.find((candidate) => candidate.stepId === stepId)!;
      expect(step.job?.status).toBe('Complete');
      expect(step.calls.at(-1)!.label).toMatch(/^Results: GET \/Jobs\/[0-9a-f-]+\/Results$/);
      expect(progress).toContain(`${stepId}:InProgress`);
    }
    expect(state.steps.find((step) => step.stepId === 'powerOn')!.outputs.powerState).toBe('On');
    expect(state.steps.find((step) => step.stepId === 'createGroup')!.outputs.groupName).toBe(
      'Pilot Desktops',
    );
  });

  it('a 400 from a bad input stops the run at that step, with Citrix’s answer kept', async () => {
    const checked = validateRunbook(BUILT_IN_RUNBOOKS[0]!.document);
    if (!checked.ok) throw new Error('invalid');
    const runner = new RunbookRunner(checked.document, 'onboardTeam', checked.operations.onboardTeam!, {
      invoke: await sandboxInvoke(),
      defaultHeaders: customerHeader,
      sleep: clockSleep,
      // A team name with characters DaaS refuses in a catalog name.
      inputs: { team: 'Bad/Name?' },
    });
    const state = await runner.run();
    expect(state.status).toBe('failed');
    const failed = state.steps.find((step) => step.status === 'failed')!;
    expect(failed.stepId).toBe('createCatalog');
    expect(failed.response?.status).toBe(400);
    expect(JSON.parse(failed.response!.body)).toMatchObject({ SdkErrorId: 'InvalidParameter' });
    expect(state.message).toContain('Step createCatalog: Citrix answered 400');
    expect(state.steps.slice(3).every((step) => step.status === 'pending')).toBe(true);
  });

  it('a binding that finds nothing stops the run, naming the step and the expression', async () => {
    const checked = validateRunbook(BUILT_IN_RUNBOOKS[1]!.document);
    if (!checked.ok) throw new Error('invalid');
    const runner = new RunbookRunner(checked.document, 'logOffUser', checked.operations.logOffUser!, {
      invoke: await sandboxInvoke(),
      defaultHeaders: customerHeader,
      sleep: clockSleep,
      inputs: { userName: 'nobody-here' },
    });
    const state = await runner.run();
    expect(state.status).toBe('failed');
    expect(state.message).toMatch(
      /^Step findSession: the binding \$steps\.findUser\.outputs\.userId .*found nothing — step findUser's output userId is \$response\.body#\/value\/0\/Id/,
    );
  });
});
