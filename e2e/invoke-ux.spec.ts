import { execFileSync } from 'node:child_process';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { Importer } from './pages/importer';
import { BASE_URL, DEMO, E2E_PORT } from './test-env';

// Each test walks several pages and calls; on a shared, loaded machine they need more than a minute.
test.beforeEach(() => test.slow());

/** A sandbox token for the demo client, as the token page's command would print it. */
async function demoToken(): Promise<string> {
  const response = await fetch(`${BASE_URL}/sandbox/cctrustoauth2/${DEMO.customerId}/tokens/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Runs a copied snippet with bash, curl's defaults and CITRIX_TOKEN set, as a reader would. */
function runSnippet(script: string, token: string): string {
  return execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
    env: { ...process.env, CITRIX_TOKEN: token },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

test.describe('copied cURL works as copied (paths that end in a slash)', () => {
  test('Create notifications then List notifications: the snippets send and print the answer', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    const token = await demoToken();

    await page.goto('/apis/notifications/Notifications_CreateItems');
    await explorer.openInvoke();
    const editor = page.getByLabel('Request body');
    const body = JSON.parse(await editor.inputValue());
    const title = `Copied cURL ${Date.now()}`;
    body.content[0].title = title;
    await editor.fill(JSON.stringify(body, null, 2));
    const create = await explorer.snippet('cURL');
    expect(create).toContain(`${BASE_URL}/sandbox/notifications/`);
    const created = runSnippet(create, token);
    expect(created.trim(), 'curl printed the created notification').not.toBe('');

    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    const list = runSnippet(await explorer.snippet('cURL'), token);
    expect(list).toContain(title);
  });

  test('the sandbox answers a path with and without its trailing slash, never with a redirect', async () => {
    const token = await demoToken();
    const headers = {
      authorization: `CwsAuth Bearer=${token}`,
      'citrix-customerid': DEMO.customerId,
      accept: 'application/json',
    };
    for (const path of [
      '/sandbox/administrators/',
      '/sandbox/administrators',
      '/sandbox/resourcelocations/',
    ]) {
      const response = await fetch(`${BASE_URL}${path}`, { headers, redirect: 'manual' });
      expect(response.status, path).toBe(200);
    }
  });
});

test.describe('sandbox links follow the host the caller used', () => {
  test('@odata.nextLink and @odata.context use the request origin, not the server name', async () => {
    const token = await demoToken();
    // The server listens as 127.0.0.1; a teammate reaches it under another name.
    const other = `http://localhost:${E2E_PORT}`;
    const response = await fetch(`${other}/sandbox/monitorodata/Sessions`, {
      headers: {
        authorization: `CwsAuth Bearer=${token}`,
        'citrix-customerid': DEMO.customerId,
        accept: 'application/json',
      },
    });
    expect(response.status).toBe(200);
    const json = (await response.json()) as Record<string, string>;
    expect(json['@odata.context']).toMatch(new RegExp(`^${other}/sandbox/monitorodata/`));
    expect(json['@odata.nextLink']).toMatch(new RegExp(`^${other}/sandbox/monitorodata/Sessions\\?`));
  });
});

test.describe('a blocked Send does not look like a success', () => {
  test('Limit 0 after a 200: the old answer goes, the note is by Send, the field is in view', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('5');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');

    await page.getByLabel('Limit').fill('0');
    await page.getByRole('button', { name: 'Send' }).focus();
    await page.keyboard.press('Enter');
    await expect(explorer.status()).toHaveCount(0);
    await expect(page.getByTestId('send-blocked')).toBeVisible();
    await expect(page.getByTestId('send-blocked')).toHaveText(/Nothing was sent/);
    await expect(page.getByTestId('send-blocked')).toBeInViewport();
    const limit = page.getByLabel('Limit');
    await expect(limit).toBeFocused();
    await expect(limit).toBeInViewport();
    // Nothing (the sticky header, the Send bar) covers the field where a person would click it.
    const covered = await limit.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit === element || element.contains(hit) ? null : (hit?.outerHTML.slice(0, 120) ?? 'nothing');
    });
    expect(covered).toBeNull();
  });
});

test.describe('a customer ID that is not the token’s', () => {
  test('othercust with the demo client: the token page and the 401 explanation name both', async ({
    page,
  }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith({ ...DEMO, customerId: 'othercust' });
    await expect(auth.dialog()).toBeHidden();
    await page.goto('/token');
    await expect(page.getByTestId('token-customer')).toHaveText(DEMO.customerId);
    await expect(page.getByTestId('customer-mismatch')).toContainText(
      `This token was issued for customer ${DEMO.customerId}, not othercust`,
    );

    const explorer = new Explorer(page);
    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText(/^401/);
    await expect(page.getByText(`The token was issued for customer ${DEMO.customerId}`)).toBeVisible();
  });
});

test.describe('messages', () => {
  test('a document of one operation says "1 operation"', async ({ page }) => {
    const importer = new Importer(page);
    await importer.open();
    const document = {
      openapi: '3.1.0',
      info: { title: 'One operation', version: '1' },
      servers: [{ url: 'https://api.cloud.com/systemlog' }],
      paths: {
        '/records': { get: { operationId: 'GetRecords', responses: { '200': { description: 'ok' } } } },
      },
    };
    await importer.paste(JSON.stringify(document));
    await expect(importer.operationCount()).toHaveText('1 operation');
    // The result's summary line and the filter's count say it too.
    await expect(importer.result()).toContainText(/· 1 operation\b/);
    await expect(importer.result()).not.toContainText('1 operations');
    await importer.result().getByPlaceholder('Filter operations').fill('records');
    await expect(importer.operationCount()).toHaveText('1 of 1 operation matches');
    await importer
      .result()
      .getByRole('link', { name: /^Open / })
      .click();
    await expect(page.getByText(/· 1 operation\b/)).toBeVisible();
    await expect(page.getByText(/1 operations/)).toHaveCount(0);
  });

  test('an OData page’s Next page hint speaks of @odata.nextLink', async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/monitorodata/OData_GetSessions');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(page.getByTestId('next-page-hint')).toContainText('@odata.nextLink');
    await expect(page.getByTestId('next-page-hint')).not.toContainText('continuation token');
  });

  test('wrong credentials: the sandbox token service is named as a sentence starts', async ({ page }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith({ ...DEMO, clientSecret: 'wrong-secret-123' });
    await expect(auth.dialog().getByRole('alert')).toContainText(
      'The sandbox token service refused the client ID and secret',
    );
  });
});

test.describe('202 Accepted: follow the Location, poll the job', () => {
  test('List machine catalogs with async=true: one click follows the job; polling stops when it completes', async ({
    page,
  }) => {
    // The page's clock is ours: ten-second poll intervals pass at once, the server's jobs run in real time.
    await page.clock.install();
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/daas/MachineCatalogs_GetMachineCatalogs');
    await explorer.openInvoke();
    await page.getByLabel('async', { exact: true }).selectOption('true');
    await explorer.send();
    await expect(explorer.status()).toHaveText('202 Accepted');
    const follow = page.getByTestId('follow-location');
    await expect(follow).toContainText(/\/cvad\/manage\/Jobs\/[0-9a-f-]{36}/);

    await follow.getByRole('button', { name: 'Follow the Location' }).click();
    await expect(page.getByTestId('follow-response-status')).toHaveText('200 OK');
    await expect(page.getByTestId('follow-status')).toHaveText(
      /Job status: (NotStarted|InProgress|Complete)\./,
    );

    // Stop polling is checked in lib/invoke-form/job-poller.test.ts: here the job may already be done.
    await follow.getByRole('button', { name: 'Poll until the job ends' }).click();
    await expect
      .poll(
        async () => {
          await page.clock.runFor(10_000);
          return page.getByTestId('follow-status').textContent();
        },
        { timeout: 30_000 },
      )
      .toMatch(/Job status: Complete\. The job ended/);
    await expect(follow.getByRole('button', { name: 'Poll until the job ends' })).toBeVisible();
  });
});

test.describe('history and token details', () => {
  test('history shows the service in the path and an explorer refusal as the explorer’s', async ({
    page,
  }) => {
    const explorer = new Explorer(page);
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await explorer.send();
    await page.getByRole('button', { name: 'Call anyway' }).click();
    await expect(page.getByText('The explorer could not make this call')).toBeVisible();
    await page.goto('/history');
    const status = page.getByTestId('history-status').first();
    await expect(status).toHaveText('Explorer · NOT_AUTHENTICATED');
    await expect(page.getByRole('table').getByText('/systemlog/records').first()).toBeVisible();
  });

  test('the token page shows iat, nbf and exp as dates', async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/token');
    const dates = page.getByTestId('claim-dates');
    await expect(dates).toContainText('exp (expires at)');
    await expect(dates).toContainText(/iat \(issued at\)\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
  });
});

test.describe('what Postman, Swagger UI and Scalar users expect', () => {
  test('the response body: copy it, search it, expand and collapse all', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('3');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const response = page.getByRole('region', { name: 'Response', exact: true });

    await response.getByRole('button', { name: 'Copy body' }).click();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.Items).toHaveLength(3);

    const tree = response.getByTestId('json-tree');
    await response.getByRole('button', { name: 'Collapse all' }).click();
    await expect(tree.getByRole('button', { expanded: true })).toHaveCount(1);
    await response.getByRole('button', { name: 'Expand all' }).click();
    await expect(tree.getByRole('button', { expanded: false })).toHaveCount(0);
    await response.getByRole('button', { name: 'Collapse all' }).click();

    const recordId: string = copied.Items[2].RecordId;
    await response.getByLabel('Search the response body').fill(recordId);
    await expect(response.getByTestId('json-search-status')).toHaveText('1 match');
    await expect(tree.locator('[data-match]')).toContainText(recordId);
    await response.getByLabel('Search the response body').fill('no-such-text-anywhere');
    await expect(response.getByTestId('json-search-status')).toHaveText('No match');
  });

  test('an extra query parameter is sent; a secret header is refused before anything is sent', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await page.getByRole('button', { name: 'Add a header or query parameter' }).click();
    await page.getByLabel('Extra 1: name').fill('extraProbe');
    await page.getByLabel('Extra 1: value').fill('yes');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(page.getByTestId('response-url')).toContainText('extraProbe=yes');

    await page.getByRole('button', { name: 'Add a header or query parameter' }).click();
    await page.getByLabel('Extra 2: where').selectOption('header');
    await page.getByLabel('Extra 2: name').fill('Cookie');
    await page.getByLabel('Extra 2: value').fill('session=stolen');
    await explorer.send();
    await expect(explorer.status()).toHaveCount(0);
    await expect(page.getByText(/The explorer does not forward Cookie/).first()).toBeVisible();
    await expect(page.getByLabel('Extra 2: name')).toBeFocused();
  });

  test('the token page copies export CITRIX_TOKEN=… and the snippets work with it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    await page.goto('/token');
    await page.getByRole('button', { name: 'Copy export CITRIX_TOKEN=…' }).click();
    // The button fetches the token first: wait for the clipboard to hold the line.
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(clipboard).toMatch(/^export CITRIX_TOKEN='eyJ[^']+'$/);
    const line = await clipboard();
    const printed = execFileSync(
      'bash',
      [
        '-euo',
        'pipefail',
        '-c',
        `${line}\ncurl -sS -H "Authorization: CwsAuth Bearer=$CITRIX_TOKEN" -H 'Citrix-CustomerId: ${DEMO.customerId}' -H 'Accept: application/json' '${BASE_URL}/sandbox/cvad/manage/me'`,
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(JSON.parse(printed).Customers[0].Id).toBe(DEMO.customerId);
  });

  test('getting started, step 5: make your first call', async ({ page }) => {
    await page.goto('/');
    const step = page.getByRole('listitem').filter({ hasText: 'Make your first call' });
    await expect(step.getByRole('button', { name: 'Call GET /cvad/manage/me' })).toBeDisabled();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Generate a bearer token' })
      .getByRole('button', { name: 'Generate with the sandbox demo client' })
      .click();
    await expect(page.getByText('Token ready')).toBeVisible();
    await step.getByRole('button', { name: 'Call GET /cvad/manage/me' }).click();
    await expect(page.getByTestId('first-call-result')).toContainText('200 OK');
    await expect(page.getByTestId('first-call-result')).toContainText(/with 1 customer and \d+ sites?\./);
  });

  test('a call without Citrix-CustomerId is explained as the missing header', async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await page.getByLabel('Citrix-CustomerId').fill('');
    await explorer.send();
    await page.getByRole('button', { name: 'Call anyway' }).click();
    await expect(explorer.status()).toHaveText(/^401/);
    await expect(page.getByText('The call sent no Citrix-CustomerId header')).toBeVisible();
  });
});
