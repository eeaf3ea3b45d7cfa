import { execFileSync } from 'node:child_process';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { pythonWithRequests } from './python';
import { BASE_URL, SHORT_LIVED } from './test-env';

test.describe('Invoke API against the sandbox', () => {
  test('search "records" → SystemLog GetRecords → Limit → Send → 200 with items and a ContinuationToken, then the next page', async ({
    page,
  }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.searchAndOpen('records', /records/i);
    await expect(page).toHaveURL(/\/apis\/systemlog\/GetRecords$/);
    await explorer.openInvoke();
    await expect(page.getByRole('textbox', { name: 'Authorization', exact: true })).toHaveValue(
      /^CwsAuth Bearer=•+$/,
    );
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue('sandboxdemo01');
    await page.getByLabel('Limit').fill('5');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const first = JSON.parse(await explorer.rawBody());
    expect(first.Items).toHaveLength(5);
    expect(first.ContinuationToken).toEqual(expect.any(String));
    await expect(page.getByTestId('transaction-id')).toHaveText(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByLabel('ContinuationToken')).toHaveValue(first.ContinuationToken);
    await expect
      .poll(async () => JSON.parse(await explorer.rawBody()).Items?.[0]?.RecordId)
      .not.toBe(first.Items[0].RecordId);
    const second = JSON.parse(await explorer.rawBody());
    expect(second.Items).toHaveLength(5);
    expect(second.Items.map((item: { RecordId: string }) => item.RecordId)).not.toContain(
      first.Items[4].RecordId,
    );
  });

  test('a POST with a body (send a notification) answers 2xx and shows in a later read', async ({ page }) => {
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/notifications/Notifications_CreateItems');
    await explorer.openInvoke();
    const editor = page.getByLabel('Request body');
    const body = JSON.parse(await editor.inputValue());
    const title = `E2E notification ${Date.now()}`;
    body.content[0].title = title;
    await editor.fill(JSON.stringify(body, null, 2));
    await explorer.send();
    await expect(explorer.status()).toHaveText(/^20[01] /);

    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    expect(await explorer.rawBody()).toContain(title);
  });

  test('a call with a rejected token is explained as a 401 and offers a new token', async ({ page }) => {
    await page.goto('/apis/systemlog/GetRecords');
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await expect(page.getByRole('button', { name: 'Generate here' })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'Authorization', exact: true })
      .fill('CwsAuth Bearer=not-a-real-token');
    await page.getByLabel('Citrix-CustomerId').fill('sandboxdemo01');
    await explorer.send();
    await expect(explorer.status()).toHaveText('401 Unauthorized');
    const response = page.getByRole('region', { name: 'Response', exact: true });
    await expect(response).toContainText(/missing, expired or (was )?rejected/);
    await response.getByRole('button', { name: 'Generate a new token' }).click();
    await expect(page.getByRole('dialog', { name: 'Set Authentication' })).toBeVisible();
  });

  test('the form names a missing required parameter before anything is sent', async ({ page }) => {
    const invokes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke')) invokes.push(request.url());
    });
    await page.goto('/apis/systemlog/GetRecords');
    await new Explorer(page).openInvoke();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Citrix-CustomerId' })).toBeVisible();
    expect(invokes).toHaveLength(0);
  });

  test('a Citrix-TransactionId that is not a uuid is refused in the form, and nothing is sent', async ({
    page,
  }) => {
    const invokes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke')) invokes.push(request.url());
    });
    await page.goto('/apis/systemlog/GetRecords');
    await new Explorer(page).openInvoke();
    await page.getByLabel('Citrix-CustomerId').fill('sandboxdemo01');
    await page.getByLabel('Citrix-TransactionId').fill('my-trace-1');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Citrix-TransactionId must be a UUID' }),
    ).toBeVisible();
    expect(invokes).toHaveLength(0);
  });

  test('an expired token gets the explained 401, and Generate a new token recovers', async ({ page }) => {
    await page.goto('/apis/systemlog/GetRecords');
    const auth = new AuthFlow(page);
    await auth.generateWith(SHORT_LIVED);
    await expect(page.getByTestId('auth-status')).toContainText('Token expired', { timeout: 20_000 });
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('401 Unauthorized');
    await page
      .getByRole('region', { name: 'Response', exact: true })
      .getByRole('button', { name: 'Generate a new token' })
      .click();
    const dialog = auth.dialog();
    await dialog.getByLabel('Customer ID', { exact: true }).fill(SHORT_LIVED.customerId);
    await dialog.getByLabel('Client ID', { exact: true }).fill(SHORT_LIVED.clientId);
    await dialog.getByLabel('Secret', { exact: true }).fill(SHORT_LIVED.clientSecret);
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(SHORT_LIVED.customerId);
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
  });

  test('the cURL and Python snippets, run for real, return the same status and body as the UI', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await page.goto('/apis/systemlog/GetRecords');
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('3');
    // A fixed end date: the default (now) would make each page's continuation token differ.
    await page.getByLabel('EndDateTime').fill('2030-01-01T00:00:00Z');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const uiBody = JSON.parse(await explorer.rawBody());

    const reveal = await page.request.post('/api/auth/token/reveal', {
      headers: { origin: BASE_URL, 'content-type': 'application/json' },
      data: {},
    });
    const { token } = await reveal.json();
    const env = { ...process.env, CITRIX_TOKEN: token };

    const curl = await explorer.snippet('cURL');
    expect(curl).toContain(`${BASE_URL}/sandbox/systemlog/records`);
    expect(curl).not.toContain(token);
    const curlOut = execFileSync('bash', ['-c', `${curl.trimEnd()} --silent --write-out '\\n%{http_code}'`], {
      env,
      encoding: 'utf8',
    });
    const curlLines = curlOut.trimEnd().split('\n');
    expect(curlLines.pop()).toBe('200');
    expect(JSON.parse(curlLines.join('\n'))).toEqual(uiBody);

    const python = await explorer.snippet('Python');
    expect(python).not.toContain(token);
    const [status, ...rest] = execFileSync(pythonWithRequests(), ['-'], {
      env,
      input: python,
      encoding: 'utf8',
    })
      .trimEnd()
      .split('\n');
    expect(status).toBe('200');
    expect(JSON.parse(rest.join('\n'))).toEqual(uiBody);
  });
});

test.describe('POST /api/invoke refuses bad input before anything is sent upstream', () => {
  const headers = { origin: BASE_URL, 'content-type': 'application/json' };
  const base = { region: 'sandbox', serviceId: 'systemlog', method: 'GET', path: '/records' };
  const cases: [string, Record<string, unknown>, number, RegExp][] = [
    ['a path parameter with ..', { ...base, serviceId: 'daas', path: '/Machines/../me' }, 400, /\.\./],
    ['an encoded slash', { ...base, serviceId: 'daas', path: '/Machines/a%2fb' }, 400, /"\/"/],
    ['an unknown service', { ...base, serviceId: 'nope' }, 404, /no service "nope"/],
    ['a method outside the description', { ...base, method: 'DELETE' }, 400, /does not declare DELETE/],
    [
      'a header with CR/LF',
      { ...base, headers: [['X-Test', 'a\r\nInjected: 1']] },
      400,
      /control characters/,
    ],
    [
      'an absolute URL as the path',
      { ...base, path: 'https://evil.example/x' },
      400,
      /must start with|No operation of SystemLog matches/,
    ],
    [
      'a host field',
      { ...base, host: 'evil.example' },
      400,
      /^The request body has a field this request does not take: host\.$/,
    ],
    [
      'a 20,000-character path',
      { ...base, path: `/${'a'.repeat(19_999)}` },
      400,
      /^The path is too long \(20000 characters; at most 2048\)\.$/,
    ],
    [
      'an unknown method',
      { ...base, method: 'FOO' },
      400,
      /^method must be one of GET, POST, PUT, PATCH, DELETE\.$/,
    ],
    [
      'a Citrix-TransactionId that is not a uuid',
      { ...base, headers: [['Citrix-TransactionId', 'my-trace-1']] },
      400,
      /^Citrix-TransactionId must be a UUID/,
    ],
    [
      'a body that is not JSON',
      { ...base, method: 'POST', serviceId: 'notifications', path: '/', body: '{oops' },
      400,
      /JSON|body/i,
    ],
  ];
  for (const [name, data, status, message] of cases) {
    test(name, async ({ request }) => {
      const response = await request.post('/api/invoke', { headers, data });
      expect(response.status()).toBe(status);
      expect((await response.json()).error.message).toMatch(message);
    });
  }

  test('without a session and without a pasted token, says to set authentication first', async ({
    request,
  }) => {
    const response = await request.post('/api/invoke', { headers, data: base });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.message).toMatch(/Set Authentication first/);
  });
});
