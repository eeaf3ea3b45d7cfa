import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { lookBackADay } from './pages/runbook';
import { BASE_URL, DEMO } from './test-env';

/**
 * Runbooks end to end in Chromium on the sandbox: every built-in runs to the end through the
 * proxy, job steps show their progress, a 400 from a bad input stops the run with Citrix's
 * explanation, and an exported runbook comes back in as an import and runs.
 */

const BUILT_INS = [
  ['onboard-team', 'Onboard a team', 8],
  ['log-off-user', "Find and log off a user's sessions", 5],
  ['retire-machine', 'Put a machine in maintenance and delete it', 5],
  ['invite-admin', 'Invite an administrator and scope their access', 3],
  ['slow-logons', 'Who logged on slowly today', 2],
] as const;

const runStatus = (page: Page) => page.getByTestId('runbook-run-status');
const step = (page: Page, stepId: string) =>
  page.locator(`[data-testid=runbook-step][data-step-id=${stepId}]`);

/** A child process's environment: PATH and the given variables only. */
const childEnv = (extra: Record<string, string>) =>
  ({ PATH: process.env.PATH, ...extra }) as Record<string, string | undefined> as NodeJS.ProcessEnv;

async function resetSandbox(page: Page) {
  const reset = await page.request.post(`${BASE_URL}/api/sandbox/reset`, {
    data: {},
    headers: { origin: BASE_URL },
  });
  expect(reset.status()).toBe(200);
}

async function signIn(page: Page) {
  await page.goto('/runbooks');
  await new AuthFlow(page).useDemoClient();
}

test.describe('runbooks', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the list links every built-in, and a runbook asks for authentication before it runs', async ({
    page,
  }) => {
    await page.goto('/runbooks');
    await expect(page.getByRole('heading', { name: 'Runbooks', level: 1 })).toBeVisible();
    for (const [, title] of BUILT_INS) await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('link', { name: 'Onboard a team' }).click();
    await expect(page).toHaveURL(/\/runbooks\/onboard-team$/);
    await expect(page.getByTestId('runbook-step')).toHaveCount(8);
    await expect(page.getByRole('button', { name: 'Set Authentication to run' })).toBeVisible();
  });

  test('each built-in runbook runs to the end on the sandbox; job steps show their progress', async ({
    page,
  }) => {
    await resetSandbox(page);
    await signIn(page);
    for (const [id, title, count] of BUILT_INS) {
      await page.goto(`/runbooks/${id}`);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
      await expect(page.getByTestId('runbook-step')).toHaveCount(count);
      if (id === 'slow-logons') await lookBackADay(page);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      if (id === 'onboard-team') {
        // While the catalog's job runs, its step waits on it and shows the job's progress.
        const creating = step(page, 'createCatalog');
        await expect(creating).toHaveAttribute('data-status', 'waiting');
        await expect(creating.getByTestId('runbook-job-status')).toHaveText(/^Job (NotStarted|InProgress)/);
        await expect(creating.getByRole('progressbar')).toBeVisible();
      }
      await expect(runStatus(page), title).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
      await expect(page.locator('[data-testid=runbook-step][data-status=done]')).toHaveCount(count);
      if (id === 'onboard-team') {
        for (const stepId of ['createCatalog', 'createGroup', 'powerOn']) {
          await expect(step(page, stepId).getByTestId('runbook-job-status')).toHaveText(
            'Job Complete · 100 %',
          );
          await expect(step(page, stepId).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
        }
        // Each step's request and response can be opened.
        await step(page, 'powerOn')
          .getByText(/^Request and response/)
          .click();
        await expect(step(page, 'powerOn').getByTestId('runbook-response-body').last()).toContainText(
          '"PowerState": "On"',
        );
      }
    }
  });

  test('a 400 from a bad input stops the run at that step with Citrix’s explanation', async ({ page }) => {
    await resetSandbox(page);
    await signIn(page);
    await page.goto('/runbooks/onboard-team');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    // A catalog name DaaS refuses.
    await page.getByRole('textbox', { name: 'team' }).fill('Bad/Name?');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
    const failed = step(page, 'createCatalog');
    await expect(failed).toHaveAttribute('data-status', 'failed');
    await expect(failed.getByTestId('runbook-step-message')).toContainText(
      'Step createCatalog: Citrix answered 400',
    );
    await expect(failed.getByTestId('runbook-citrix-message')).toContainText('Name');
    await expect(failed.getByTestId('troubleshooting')).toBeVisible();
    await expect(runStatus(page)).toContainText('The run stops here.');
    for (const later of ['addMachine1', 'addMachine2', 'createGroup', 'powerOn', 'sessions'])
      await expect(step(page, later)).toHaveAttribute('data-status', 'pending');
  });

  test('an exported runbook round-trips: export → import → run', async ({ page }) => {
    await resetSandbox(page);
    await signIn(page);
    await page.goto('/runbooks/log-off-user');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: 'Arazzo' }).click();
    await expect(page.getByTestId('arazzo-valid')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Arazzo' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('log-off-user.arazzo.yaml');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toMatch(/^arazzo: 1\.0\.1/m);
    expect(exported).toContain('operationId: Sessions_LogoffSession');

    await page.goto('/runbooks');
    await page.getByTestId('runbook-import-input').setInputFiles({
      name: 'log-off-user.arazzo.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(
        exported.replace("title: Find and log off a user's sessions", 'title: Imported log-off'),
      ),
    });
    await expect(page).toHaveURL(/\/runbooks\/local-[0-9a-f-]+$/);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(page.getByTestId('runbook-step')).toHaveCount(5);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(step(page, 'logOff').getByTestId('runbook-job-status')).toHaveText('Job Complete · 100 %');

    // It is listed as yours, by its title; no token is stored with it.
    await page.goto('/runbooks');
    await expect(page.getByTestId('saved-runbooks')).toContainText('Imported log-off');
    const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
    expect(stored).not.toMatch(/CwsAuth|Bearer|eyJ[A-Za-z0-9_-]{10,}\./);
  });

  test('a run exports as chained cURL and PowerShell scripts and a Postman collection; the bash script runs on its own', async ({
    page,
  }) => {
    await resetSandbox(page);
    await signIn(page);
    await page.goto('/runbooks/log-off-user');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const exported = page.getByTestId('run-export-text');
    await expect(exported).toContainText(': "${CITRIX_TOKEN:?');
    await expect(exported).toContainText('FINDUSER_USERID=$(jq -r');
    await expect(exported).toContainText('"$FINDSESSION_SESSIONKEY"');
    const bash = (await exported.textContent())!;
    expect(bash).not.toMatch(/Bearer=ey|eyJ[A-Za-z0-9_-]{10,}\./);
    const format = page.getByRole('combobox', { name: 'Format' });
    await format.selectOption({ label: 'PowerShell' });
    await expect(exported).toContainText('$env:CITRIX_TOKEN');
    await expect(exported).toContainText('Wait-CitrixJob $response');
    await format.selectOption({ label: 'Postman collection' });
    await expect(exported).toContainText('CwsAuth Bearer={{citrixToken}}');

    // Run by itself with a sandbox token: it finds the user's next open session and logs it off.
    const work = mkdtempSync(path.join(tmpdir(), 'runbook-export-'));
    const script = path.join(work, 'log-off.sh');
    writeFileSync(script, bash);
    const token = execFileSync(
      'bash',
      [
        '-c',
        `curl -sS -X POST "${BASE_URL}/sandbox/cctrustoauth2/${DEMO.customerId}/tokens/clients" --data-urlencode grant_type=client_credentials --data-urlencode client_id="$CLIENT_ID" --data-urlencode client_secret="$CLIENT_SECRET" | jq -r .access_token`,
      ],
      { env: childEnv({ CLIENT_ID: DEMO.clientId, CLIENT_SECRET: DEMO.clientSecret }) },
    )
      .toString()
      .trim();
    const result = spawnSync('bash', [script], { env: childEnv({ CITRIX_TOKEN: token }) });
    const log = result.stderr.toString();
    expect(result.status, log).toBe(0);
    expect(log).toMatch(/POST .*\/cvad\/manage\/Sessions\/[0-9a-f-]{36}\/\$logoff\?async=true -> 202/);
    expect(log).toContain('job Complete 100%');
    expect(log).toContain('Every step is done.');
  });

  test('a runbook from calls in the history, with bindings suggested from its run', async ({ page }) => {
    await resetSandbox(page);
    await page.goto('/apis/daas/Me_GetMe');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await page.goto('/apis/daas/Zones_GetZones');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');

    await page.goto('/history');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('checkbox', { name: 'Select every call shown' }).check();
    await page.getByRole('button', { name: /^Make a runbook of the ticked calls/ }).click();
    await expect(page).toHaveURL(/\/runbooks\/local-[0-9a-f-]+$/);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(page.getByTestId('runbook-step')).toHaveCount(2);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const suggested = page.getByTestId('suggested-bindings');
    await expect(suggested).toContainText(
      'getZones parameters[0] Citrix-InstanceId ← $steps.getMe.outputs.id',
    );
    await suggested.getByRole('button', { name: /^Bind them/ }).click();
    await expect(page.getByTestId('arazzo-editor')).toHaveValue(/value: \$steps\.getMe\.outputs\.id/);
    await expect(page.getByTestId('arazzo-valid')).toBeVisible();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('tab', { name: 'Steps' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  });

  test('an invalid, cyclic or out-of-catalog document is refused, naming where', async ({ page }) => {
    await page.goto('/runbooks');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const doc = (steps: string) =>
      `arazzo: 1.0.1\ninfo:\n  title: Bad\n  version: '1'\nsourceDescriptions:\n  - name: daas\n    url: https://developer-docs.citrix.com/openapi/daas.json\nworkflows:\n  - workflowId: bad\n    steps:\n${steps}`;
    const upload = (text: string) =>
      page.getByTestId('runbook-import-input').setInputFiles({
        name: 'bad.arazzo.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(text),
      });
    await upload(doc('      - stepId: a\n        operationId: Machines_FormatDisk\n'));
    await expect(page.getByTestId('runbook-import-problems')).toContainText(
      'workflows[0].steps[0].operationId "Machines_FormatDisk" is not an operation of the built-in catalog',
    );
    await upload(
      doc(
        "      - stepId: a\n        operationId: Zones_GetZones\n        parameters:\n          - { name: x, in: query, value: '$steps.b.outputs.y' }\n        outputs: { y: '$response.body#/Items' }\n      - stepId: b\n        operationId: Zones_GetZones\n        parameters:\n          - { name: x, in: query, value: '$steps.a.outputs.y' }\n        outputs: { y: '$response.body#/Items' }\n",
      ),
    );
    await expect(page.getByTestId('runbook-import-problems')).toContainText(
      "workflows[0].steps the steps' bindings form a cycle: a → b → a",
    );
    await upload('arazzo: 1.0.1\ninfo: [');
    await expect(page.getByTestId('runbook-import-problems')).toContainText(
      /line \d+, column \d+ is not valid YAML/,
    );
    await expect(page).toHaveURL(/\/runbooks$/);
  });

  test('in demo mode each changing step asks first, as a single call does', async ({ page }) => {
    await resetSandbox(page);
    await page.goto('/settings');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('switch', { name: /Demo mode: confirm before sending changes/ }).check();
    await signIn(page);
    await page.goto('/runbooks/retire-machine');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const patch = page.getByRole('alertdialog', { name: 'Send this PATCH request?' });
    await expect(patch).toBeVisible();
    await patch.getByRole('button', { name: 'Confirm PATCH' }).click();
    const del = page.getByRole('alertdialog', { name: 'Send this DELETE request?' });
    await expect(del).toBeVisible();
    await del.getByRole('button', { name: 'Cancel' }).click();
    await expect(runStatus(page)).toHaveAttribute('data-status', 'stopped');
    await expect(step(page, 'remove')).toHaveAttribute('data-status', 'stopped');
    await expect(step(page, 'maintenance')).toHaveAttribute('data-status', 'done');
  });
});
