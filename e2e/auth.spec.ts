import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { CANARY, DEMO, SHORT_LIVED } from './test-env';

test.describe('Set Authentication', () => {
  test('the sandbox demo client gives a token shown as CwsAuth Bearer=, masked, revealable and copyable', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(page.getByLabel('Region')).toHaveValue('sandbox');
    await expect(page.getByTestId('auth-status')).toHaveText('Not authenticated');

    const auth = new AuthFlow(page);
    await auth.useDemoClient();
    await expect(page.getByTestId('auth-status')).toContainText(DEMO.clientId.slice(0, 13));
    await expect(page.getByTestId('auth-status')).toContainText(DEMO.customerId);

    await page.getByRole('banner').getByRole('link', { name: 'Token' }).click();
    const field = page.getByTestId('authorization-value');
    await expect(field).toHaveText(/^CwsAuth Bearer=•+$/);
    await expect(page.getByTestId('token-countdown')).toHaveText(/expires in (\d+:)?\d{2}:\d{2}/);

    await page.getByRole('button', { name: 'Reveal token' }).click();
    await expect(field).toHaveText(/^CwsAuth Bearer=eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    const shown = (await field.textContent())!.replace('CwsAuth Bearer=', '');

    await page.getByRole('button', { name: 'Copy as Authorization header' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Authorization: CwsAuth Bearer=${shown}`,
    );

    await expect(page.getByRole('region', { name: 'JWT claims' })).toContainText(
      `"customer_id": "${DEMO.customerId}"`,
    );

    await auth.signOut();
    await expect(page.getByRole('button', { name: 'Reveal token' })).toBeHidden();
  });

  test('a client secret never reaches the browser, and the session cookie is HttpOnly and SameSite=Strict', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith(CANARY);
    await expect(auth.dialog()).toBeHidden();
    await expect(page.getByTestId('auth-status')).toContainText(CANARY.customerId);

    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'cxapi' || cookie.name === '__Host-cxapi');
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe('Strict');
    expect(session!.path).toBe('/');
    // The leak watch of every test then checks responses, storage, readable cookies and the DOM.
  });

  test('bad credentials show Citrix’s own message and keep the dialog open with what was typed', async ({
    page,
  }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith({ ...CANARY, clientSecret: 'definitely-wrong-secret' });
    await expect(auth.dialog().getByRole('alert')).toContainText('Invalid client id or client secret.');
    await expect(auth.dialog().getByLabel('Customer ID', { exact: true })).toHaveValue(CANARY.customerId);
    await expect(page.getByTestId('auth-status')).toHaveText('Not authenticated');
  });

  test('an invalid customer ID is refused in the form, and no token call is made', async ({ page }) => {
    const tokenCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/token')) tokenCalls.push(request.url());
    });
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith({ ...CANARY, customerId: 'acme/../x' });
    await expect(auth.dialog().getByText(/Customer ID must be 1–64 letters/)).toBeVisible();
    await expect(auth.dialog().getByLabel('Customer ID', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(tokenCalls).toHaveLength(0);
  });

  test('the deprecated Trust Service flow warns and still works against the sandbox', async ({ page }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.open();
    await auth.dialog().getByLabel('Trust Service (deprecated)').check();
    await expect(auth.dialog().getByRole('note')).toContainText('deprecated');
    await auth.dialog().getByRole('button', { name: 'Use the sandbox demo client' }).click();
    await expect(page.getByTestId('auth-status')).toContainText(/expires in/);
  });

  test('a real region with no network says which host could not be reached', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByLabel('Region').selectOption({ label: 'EU' });
    const auth = new AuthFlow(page);
    await auth.open();
    const dialog = auth.dialog();
    await dialog.getByLabel('Customer ID', { exact: true }).fill('acme01');
    await dialog.getByLabel('Client ID', { exact: true }).fill('some-client');
    await dialog.getByLabel('Secret', { exact: true }).fill('some-secret');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/api-eu\.cloud\.com/, { timeout: 30_000 });
  });

  test('a short-lived token counts down, expires, and offers a new one', async ({ page }) => {
    await page.goto('/token');
    const auth = new AuthFlow(page);
    await auth.generateWith(SHORT_LIVED);
    await expect(page.getByTestId('token-countdown')).toHaveText(/expires in 00:0\d/);
    await expect(page.getByText('This token expires in under five minutes.')).toBeVisible();
    await expect(page.getByTestId('token-countdown')).toHaveText('expired', { timeout: 15_000 });
    await expect(page.getByTestId('auth-status')).toContainText('Token expired');
    await page.getByRole('button', { name: 'Generate a new token' }).click();
    await expect(auth.dialog()).toBeVisible();
  });
});

test('with Renew automatically, a short-lived token is re-minted before it expires', async ({ page }) => {
  await page.goto('/token');
  const auth = new AuthFlow(page);
  await auth.generateWith(SHORT_LIVED, { renew: true });
  await expect(page.getByTestId('auth-status')).toContainText('renews automatically');
  const firstExpiry = await page.getByTestId('token-expires-at').getAttribute('datetime');
  // The page polls the session; the server re-mints within a minute of expiry (here: at once).
  await expect(page.getByTestId('token-expires-at')).not.toHaveAttribute('datetime', firstExpiry!, {
    timeout: 20_000,
  });
  await expect(page.getByTestId('auth-status')).not.toContainText('Token expired');
});
