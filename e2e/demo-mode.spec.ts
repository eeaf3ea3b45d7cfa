import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { SecondServer } from './second-server';

function notificationBody(title: string): string {
  return JSON.stringify(
    {
      destinationAdmin: '*',
      component: 'Citrix Cloud',
      eventId: crypto.randomUUID(),
      severity: 'Information',
      priority: 'Normal',
      content: [{ languageTag: 'en-US', title, description: 'Sent by the demo-mode end-to-end test.' }],
    },
    null,
    2,
  );
}

test.describe('demo mode', () => {
  test('a POST (Notifications_CreateItems) asks for confirmation; Cancel sends nothing; Reset sandbox data undoes it', async ({
    page,
  }) => {
    const invokes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke')) invokes.push(request.method());
    });
    await page.goto('/settings');
    const toggle = page.getByRole('switch', { name: /Demo mode: confirm before sending changes/ });
    await toggle.check();
    await expect(toggle).toBeChecked();

    await page.goto('/apis/notifications/Notifications_CreateItems');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    const title = `Demo mode check ${Date.now()}`;
    await page.getByLabel('Request body').fill(notificationBody(title));

    await explorer.send();
    const confirm = page.getByRole('alertdialog', { name: 'Send this POST request?' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('sandboxdemo01');
    await expect(confirm).toContainText('/sandbox/notifications');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('region', { name: 'Response', exact: true })).toHaveCount(0);
    expect(invokes).toEqual([]);

    // Ctrl+Enter goes through the same confirmation; Escape cancels it.
    await page.getByLabel('Request body').press('Control+Enter');
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    expect(invokes).toEqual([]);

    await explorer.send();
    await confirm.getByRole('button', { name: 'Confirm POST' }).click();
    await expect(explorer.status()).toHaveText('200 OK');
    expect(invokes).toEqual(['POST']);

    // A GET is never asked about.
    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(confirm).toHaveCount(0);
    expect(await explorer.rawBody()).toContain(title);

    // Reset sandbox data (Settings), confirmed: the notification is gone.
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Reset sandbox data' }).click();
    await page
      .getByRole('alertdialog', { name: 'Reset the sandbox data?' })
      .getByRole('button', { name: 'Reset' })
      .click();
    await expect(page.getByText('The sandbox data was reset to its seeded state.')).toBeVisible();
    await page.goto('/apis/notifications/Notifications_GetItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    expect(await explorer.rawBody()).not.toContain(title);

    // Demo mode off: a POST goes straight out.
    await page.goto('/settings');
    await toggle.uncheck();
    await page.goto('/apis/notifications/Notifications_CreateItems');
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(confirm).toHaveCount(0);
  });
});

test.describe('a read-only deployment (READ_ONLY=true, a second server)', () => {
  const readOnly = new SecondServer(1, { READ_ONLY: 'true' });
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    await readOnly.start();
  });
  test.afterAll(async () => {
    await readOnly.stop();
  });

  test('refuses a POST on the server with 403 READ_ONLY_DEPLOYMENT, still answers GETs and token requests', async ({
    page,
  }) => {
    await page.goto(`${readOnly.baseUrl}/apis/notifications/Notifications_CreateItems`);
    // The token exchange itself is allowed.
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/invoke'));
    await explorer.send();
    const response = await refused;
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'READ_ONLY_DEPLOYMENT', message: expect.stringContaining('read-only') },
    });
    const alert = page.getByRole('region', { name: 'Response', exact: true }).getByRole('alert');
    await expect(alert).toContainText('This deployment is read-only');
    await expect(alert).toContainText('READ_ONLY_DEPLOYMENT');

    await page.goto(`${readOnly.baseUrl}/apis/notifications/Notifications_GetItems`);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');

    // Resetting the shared sandbox is switched off too, in the UI and on the server.
    await page.goto(`${readOnly.baseUrl}/settings`);
    await expect(page.getByTestId('read-only-note')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset sandbox data' })).toBeDisabled();
    const reset = await page.request.post(`${readOnly.baseUrl}/api/sandbox/reset`, {
      data: {},
      headers: { origin: readOnly.baseUrl },
    });
    expect(reset.status()).toBe(403);
    expect(((await reset.json()) as { error: { code: string } }).error.code).toBe('READ_ONLY_DEPLOYMENT');
  });
});
