import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { Collection } from 'postman-collection';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { resetSandboxData } from '@/lib/services/sandbox-state';

import { ONBOARD_TEAM } from './builtins';
import { bashScript, chainOf, postmanCollection, powershellScript } from './export-run';
import { RunbookRunner, type RunState } from './runner';
import { clockSleep, customerHeader, sandboxInvoke } from './sandbox-invoke.test-support';
import { validateRunbook } from './validate';

const run = promisify(execFile);

async function runOnboarding(): Promise<RunState> {
  const checked = validateRunbook(ONBOARD_TEAM);
  if (!checked.ok) throw new Error('invalid');
  const runner = new RunbookRunner(checked.document, 'onboardTeam', checked.operations.onboardTeam!, {
    invoke: await sandboxInvoke(),
    defaultHeaders: customerHeader,
    sleep: clockSleep,
  });
  return runner.run();
}

describe('exporting a run', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    resetSandboxData();
  });
  afterEach(() => vi.useRealTimers());

  it('chains the steps: later calls read earlier answers; jobs are polled; the token comes from CITRIX_TOKEN', async () => {
    const state = await runOnboarding();
    expect(state.status).toBe('done');
    const chain = chainOf(ONBOARD_TEAM.workflows[0]!, state);
    expect(chain.map((step) => step.stepId)).toEqual(
      ONBOARD_TEAM.workflows[0]!.steps.map((step) => step.stepId),
    );
    const bash = bashScript('Onboard a team', chain);
    expect(bash).toContain(`ME_SITEID=$(jq -r '.["Customers"][0]["Sites"][0]["Id"]' "$body_file")`);
    expect(bash).toContain(`-H 'Citrix-InstanceId: '"$ME_SITEID"`);
    expect(bash).toMatch(
      /call POST 'http:\/\/localhost:3000\/sandbox\/cvad\/manage''\/MachineCatalogs\/'"\$CREATECATALOG_CATALOGID"'\/Machines'/,
    );
    expect(bash).toContain("wait_job 'http://localhost:3000/sandbox/cvad/manage'");
    expect(bash).toContain('"Zone": "\'"$ZONES_ZONEID"\'"');
    expect(bash).not.toMatch(/CwsAuth Bearer=ey/);
    const ps = powershellScript('Onboard a team', chain);
    expect(ps).toContain(
      "$ME_SITEID = ($response.Content | ConvertFrom-Json).'Customers'[0].'Sites'[0].'Id'",
    );
    expect(ps).toContain("'Citrix-InstanceId' = ('' + [string]$ME_SITEID)".replace("('' + ", '('));
    expect(ps).toContain('Wait-CitrixJob $response');
    const collection = postmanCollection('Onboard a team', chain);
    const text = JSON.stringify(collection);
    expect(text).toContain('{{ME_SITEID}}');
    expect(text).toContain('CwsAuth Bearer={{citrixToken}}');
    expect(collection.variable.find((variable) => variable.key === 'citrixToken')!.value).toBe('');
    expect(collection.item).toHaveLength(8 + 5);
    // Postman's own SDK reads it: every request, in order, the token a variable.
    const sdk = new Collection(collection as never);
    const names = sdk.items.all().map((item) => item.name);
    expect(names[0]).toBe('1. me (Me_GetMe)');
    expect(names).toHaveLength(13);
    expect(sdk.variables.toObject()).toMatchObject({ citrixToken: '', ME_SITEID: '' });
  });
});

/**
 * The canary case for the chained scripts (as lib/snippets/inert.test.ts does for single ones):
 * values that are shell and PowerShell syntax, in inputs, in answers read by later steps and in
 * the title, stay data when the exported script is RUN against a loopback server.
 */
describe('a chained script keeps hostile values inert', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'runbook-inert-'));
  const CANARY = path.join(work, 'pwned');
  const HOSTILE = [
    `'; touch ${CANARY}; '`,
    `"; touch ${CANARY}; "`,
    `$(touch ${CANARY})`,
    `\`touch ${CANARY}\``,
    `'"'"'$(touch ${CANARY})'"'"'`,
    `$env:X; New-Item -Path '${CANARY}'`,
  ];
  const hostile = HOSTILE.join(' ');
  /** What the first step's answer holds, read by the second: shell syntax, without a double quote. */
  const answered = `$(touch ${CANARY}) \`touch ${CANARY}\` '; touch ${CANARY}; ' $env:X`;
  let server: Server;
  let origin = '';
  const received: { method: string; url: string; body: string; instance?: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          body,
          instance: request.headers['citrix-instanceid'] as string | undefined,
        });
        response.setHeader('content-type', 'application/json');
        if (request.url?.split('?')[0]!.endsWith('/first'))
          response.end(JSON.stringify({ Items: [{ Id: answered }] }));
        else response.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('bash + curl + jq: nothing runs, every value arrives as typed', async () => {
    const workflow = {
      workflowId: 'w',
      steps: [
        { stepId: 'first', operationId: 'Zones_GetZones', outputs: { id: '$response.body#/Items/0/Id' } },
        { stepId: 'second', operationId: 'Zones_GetZones' },
      ],
    };
    const request = (path: string, extra: object = {}) => ({
      serviceId: 'daas',
      operationId: 'Zones_GetZones',
      method: 'POST' as const,
      path,
      query: [['q', hostile]] as [string, string][],
      headers: [['Citrix-InstanceId', hostile.replace(/[^\x20-\x7e]/g, '')]] as [string, string][],
      ...extra,
    });
    const answer = (url: string) => ({
      status: 200,
      statusText: 'OK',
      headers: [] as [string, string][],
      body: '',
      url,
    });
    const state: RunState = {
      status: 'done',
      steps: [
        {
          stepId: 'first',
          status: 'done',
          request: request('/first', { body: JSON.stringify({ name: hostile }) }),
          calls: [{ label: '', request: request('/first'), response: answer(`${origin}/cvad/manage/first`) }],
          outputs: { id: answered },
        },
        {
          stepId: 'second',
          status: 'done',
          request: {
            ...request('/second'),
            headers: [['Citrix-InstanceId', answered]],
            body: JSON.stringify({ id: answered }),
          },
          calls: [
            { label: '', request: request('/second'), response: answer(`${origin}/cvad/manage/second`) },
          ],
          outputs: {},
        },
      ],
    };
    const chain = chainOf(workflow, state);
    expect(chain[1]!.headers[0]![1]).toEqual([{ variable: 'FIRST_ID' }]);
    const file = path.join(work, 'run.sh');
    writeFileSync(file, bashScript(hostile, chain));
    await run('bash', [file], {
      env: { PATH: process.env.PATH, CITRIX_TOKEN: 'tok-inert' } as Record<
        string,
        string | undefined
      > as NodeJS.ProcessEnv,
      cwd: work,
    });
    expect(existsSync(CANARY)).toBe(false);
    expect(received).toHaveLength(2);
    expect(new URL(received[0]!.url, origin).searchParams.get('q')).toBe(hostile);
    expect(JSON.parse(received[0]!.body)).toEqual({ name: hostile });
    // The second call read the first answer's hostile Id, and sent it as data.
    expect(received[1]!.instance).toBe(answered);
    expect(JSON.parse(received[1]!.body)).toEqual({ id: answered });
    expect(new URL(received[1]!.url, origin).searchParams.get('q')).toBe(hostile);
  });
});
