import { describe, expect, it } from 'vitest';

import { RETIRE_MACHINE } from './builtins';
import { RunbookRunner, servicePathOf, type Invoke, type RunbookResponse } from './runner';
import { validateRunbook } from './validate';

const checked = validateRunbook(RETIRE_MACHINE);
if (!checked.ok) throw new Error('the built-in is invalid');
const operations = checked.operations.retireMachine!;

const answer = (status: number, body: unknown, headers: [string, string][] = []): RunbookResponse => ({
  status,
  statusText: '',
  headers,
  body: body === undefined ? '' : JSON.stringify(body),
});

/** A fake Citrix: the machine, maintenance, then a removal job that answers `job` for ever. */
function fake(job: Record<string, unknown>, seen: string[] = []): Invoke {
  return async (request) => {
    seen.push(
      `${request.method} ${request.path}${request.query.length ? `?${new URLSearchParams(request.query)}` : ''}`,
    );
    if (request.path === '/me') return answer(200, { Customers: [{ Id: 'c', Sites: [{ Id: 'site-1' }] }] });
    if (request.method === 'GET' && request.path.startsWith('/Machines/'))
      return answer(200, { Id: 'm-1', SessionCount: 0, InMaintenanceMode: true });
    if (request.method === 'PATCH') return answer(204, undefined);
    if (request.method === 'DELETE' && request.path.startsWith('/Machines/'))
      return answer(202, undefined, [['Location', 'https://api.cloud.com/cvad/manage/Jobs/j-1']]);
    if (request.method === 'GET' && request.path === '/Jobs/j-1') return answer(200, job);
    if (request.method === 'DELETE' && request.path === '/Jobs/j-1') return answer(204, undefined);
    if (request.path === '/Jobs/j-1/Results') return answer(200, null);
    return answer(404, { ErrorMessage: 'not found' });
  };
}

const instant = async () => undefined;

describe('the runbook runner', () => {
  it('sends the site header bound from /me and the path parameter bound from an earlier answer', async () => {
    const seen: string[] = [];
    const runner = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: async (request, signal) => {
        if (request.path.startsWith('/Machines'))
          expect(request.headers).toContainEqual(['Citrix-InstanceId', 'site-1']);
        return fake({ Status: 'Complete' }, seen)(request, signal);
      },
      sleep: instant,
    });
    const state = await runner.run();
    expect(state.status).toBe('done');
    expect(seen).toEqual([
      'GET /me',
      'GET /Machines/CONTOSO%5CW11-POOL-004',
      'PATCH /Machines/m-1',
      'GET /Machines/m-1',
      'DELETE /Machines/m-1?async=true',
      'GET /Jobs/j-1',
      'GET /Jobs/j-1/Results',
    ]);
  });

  it('gives up polling at the limit, and cancels the job when asked to', async () => {
    const seen: string[] = [];
    const runner = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'InProgress', OverallProgressPercent: 40 }, seen),
      sleep: instant,
      pollLimit: 3,
      cancelOnTimeout: true,
    });
    const state = await runner.run();
    expect(state.status).toBe('failed');
    expect(state.message).toBe('Step remove: the job is still running after 3 polls. It was cancelled.');
    expect(seen.filter((call) => call === 'GET /Jobs/j-1')).toHaveLength(3);
    expect(seen.at(-1)).toBe('DELETE /Jobs/j-1');
    expect(state.steps.at(-1)!.job).toMatchObject({ polls: 3, status: 'InProgress', percent: 40 });
    const left = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'InProgress' }),
      sleep: instant,
      pollLimit: 2,
    });
    expect((await left.run()).message).toMatch(/It was left running\.$/);
  });

  it('stops with the job’s own error when it fails', async () => {
    const runner = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'Failed', ErrorString: 'The hypervisor refused.' }),
      sleep: instant,
    });
    const state = await runner.run();
    expect(state.message).toBe(
      'Step remove: the job ended Failed: The hypervisor refused. The run stops here.',
    );
  });

  it('asks before each change, and stops where the user declines', async () => {
    const asked: string[] = [];
    const runner = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'Complete' }),
      sleep: instant,
      confirm: async (step, request) => {
        asked.push(`${step.stepId} ${request.method}`);
        return request.method !== 'DELETE';
      },
    });
    const state = await runner.run();
    expect(asked).toEqual(['maintenance PATCH', 'remove DELETE']);
    expect(state.status).toBe('stopped');
    expect(state.steps.at(-1)!.status).toBe('stopped');
  });

  it('Stop ends the wait on a job; Run step runs one step at a time', async () => {
    const runner: RunbookRunner = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'InProgress' }),
      sleep: async () => runner.stop(),
    });
    const stopped = await runner.run();
    expect(stopped.status).toBe('stopped');
    expect(stopped.message).toBe('Stopped at step remove.');

    const stepper = new RunbookRunner(checked.document, 'retireMachine', operations, {
      invoke: fake({ Status: 'Complete' }),
      sleep: instant,
    });
    expect((await stepper.runStep()).steps.map((step) => step.status)).toEqual([
      'done',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect((await stepper.runStep()).steps[1]!.status).toBe('done');
  });

  it('reads a Location only under the service', () => {
    expect(servicePathOf('https://api.cloud.com/cvad/manage/Jobs/1?x=1', '/cvad/manage')).toEqual({
      path: '/Jobs/1',
      query: [['x', '1']],
    });
    expect(servicePathOf('https://evil.example/elsewhere/Jobs/1', '/cvad/manage')).toBeUndefined();
  });
});
