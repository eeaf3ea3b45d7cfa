import { execFileSync } from 'node:child_process';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { pythonWithRequests } from './python';
import { BASE_URL, DEMO } from './test-env';

const commandEnv = {
  ...process.env,
  CLIENT_ID: DEMO.clientId,
  CLIENT_SECRET: DEMO.clientSecret,
  CUSTOMER_ID: DEMO.customerId,
};

function run(file: string, args: string[], input?: string): string {
  return execFileSync(file, args, { env: commandEnv, input, encoding: 'utf8', timeout: 20_000 });
}

async function me(token: string): Promise<number> {
  const response = await fetch(`${BASE_URL}/sandbox/cvad/manage/me`, {
    headers: {
      authorization: `CwsAuth Bearer=${token}`,
      'citrix-customerid': DEMO.customerId,
      accept: 'application/json',
    },
  });
  return response.status;
}

async function snippetFor(page: Page, tab: 'cURL' | 'Python') {
  await page.goto('/token');
  await page.getByRole('tab', { name: tab }).click();
  const text = await page.getByTestId('token-snippet').textContent();
  expect(text).not.toContain(DEMO.clientSecret);
  return text!;
}

test.describe('the token page commands, run for real against the sandbox', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
  });

  test('the cURL command returns a token that GET /cvad/manage/me accepts', async ({ page }) => {
    const script = await snippetFor(page, 'cURL');
    expect(script).toContain(`${BASE_URL}/sandbox/cctrustoauth2/$CUSTOMER_ID/tokens/clients`);
    const token = run('bash', ['-euo', 'pipefail', '-c', script]).trim();
    expect(token).toMatch(/^eyJ/);
    expect(await me(token)).toBe(200);
  });

  test('the Python command returns a token that GET /cvad/manage/me accepts', async ({ page }) => {
    const script = await snippetFor(page, 'Python');
    const printed = run(pythonWithRequests(), ['-'], script);
    const token = /'access_token': '([^']+)'/.exec(printed)?.[1];
    expect(printed).toContain("'expires_in': '3600'");
    expect(token).toMatch(/^eyJ/);
    expect(await me(token!)).toBe(200);
  });

  test('the same cURL without URL-encoding fails with invalid_client, as on Citrix Cloud', async ({
    page,
  }) => {
    const script = await snippetFor(page, 'cURL');
    const naive = script
      .replace(/--data-urlencode '([^']+)'/g, "-d '$1'")
      .replace(/--data-urlencode "([^"]+)"/g, '-d "$1"')
      .replace('| jq -r .access_token', '');
    expect(naive).toContain('-d "client_secret=$CLIENT_SECRET"');
    const answer = JSON.parse(run('bash', ['-euo', 'pipefail', '-c', naive]));
    expect(answer).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client id or client secret.',
    });
  });
});
