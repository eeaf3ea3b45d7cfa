import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { SecondServer } from './second-server';
import { CANARY, DEMO, OTHER } from './test-env';

function troubleshooting(page: Page) {
  return page.getByRole('region', { name: 'Response', exact: true }).getByTestId('troubleshooting');
}

/** Sends; when the form objects, sends as it is ("Call anyway"), to see Citrix's own answer. */
async function callAnyway(page: Page) {
  await new Explorer(page).send();
  await page.getByRole('alert').getByRole('button', { name: 'Call anyway' }).click();
}

test.describe('troubleshooting in place', () => {
  test('Accept: */* → 406, explained: Accept must be exactly application/json', async ({ page }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Accept').fill('*/*');
    await callAnyway(page);
    await expect(explorer.status()).toHaveText('406 Not Acceptable');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/Accept must be exactly application\/json/);
    await expect(explained).toContainText('"Accept: */*"');
    await expect(explained).toContainText('Set the Accept header to exactly application/json');
    // The form's objection is gone once the call went out; the answer explains itself.
    await expect(page.getByText('Nothing was sent.')).toHaveCount(0);
  });

  test('DaaS without Citrix-CustomerId → the gateway’s bare 500, explained: add the header', async ({
    page,
  }) => {
    await page.goto('/apis/daas/Me_GetMe');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Citrix-CustomerId').fill('');
    await callAnyway(page);
    await expect(explorer.status()).toHaveText('500 Internal Server Error');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/Citrix-CustomerId is missing/);
    await expect(explained).toContainText('Add the header Citrix-CustomerId');
    await expect(explained).toContainText(/activityId: [0-9a-f-]{36}/);
  });

  test('DaaS without Citrix-InstanceId → ErrorData, explained: pick a site from /me', async ({ page }) => {
    await page.goto('/apis/daas/MachineCatalogs_GetMachineCatalogs');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    const instance = page.getByLabel('Citrix-InstanceId');
    await expect(instance).toHaveValue(/[0-9a-f-]{36}/);
    await instance.selectOption({ label: 'Another site ID…' });
    await page.getByRole('textbox', { name: 'Custom site ID' }).fill('');
    await callAnyway(page);
    await expect(explorer.status()).toHaveText('400 Bad Request');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/Citrix-InstanceId is missing/);
    await expect(explained).toContainText('Customers[0].Sites[].Id');
  });

  test('a pasted bad token → 401 invalid, explained, and "Use session token" recovers', async ({ page }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page
      .getByRole('textbox', { name: 'Authorization', exact: true })
      .fill('CwsAuth Bearer=not-a-real-token');
    await explorer.send();
    await expect(explorer.status()).toHaveText('401 Unauthorized');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/The token was rejected/);
    await expect(explained).toContainText('pasted into the Authorization field');
    await explained.getByRole('button', { name: 'Use session token' }).click();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    await expect(troubleshooting(page)).toHaveCount(0);
  });

  test('a token of one customer used for another → 401 invalid, explained with both customers', async ({
    page,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Citrix-CustomerId').fill(OTHER.customerId);
    await explorer.send();
    await expect(explorer.status()).toHaveText('401 Unauthorized');
    await expect(troubleshooting(page)).toContainText(
      `was issued for customer ${DEMO.customerId} (its customer claim), but Citrix-CustomerId says ${OTHER.customerId}`,
    );
  });

  test('a read-only resource location → 403 common/authorization, explained: the client lacks the role', async ({
    page,
  }) => {
    await page.goto('/apis/resourcelocations/Locations_GetAll');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const locations = (JSON.parse(await explorer.rawBody()) as { items: { id: string; readOnly: boolean }[] })
      .items;
    const managed = locations.find((location) => location.readOnly)!;

    await page.goto('/apis/resourcelocations/Locations_Delete');
    await explorer.openInvoke();
    await page.locator('#param-path-id').fill(managed.id);
    await explorer.send();
    await expect(explorer.status()).toHaveText('403 Forbidden');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/Access denied/);
    await expect(explained).toContainText(`on ResourceLocation ${managed.id}`);
    await expect(explained).toContainText('Full access');
  });

  test('a wrong secret in Set Authentication → invalid_client, explained in the dialog', async ({ page }) => {
    await page.goto('/');
    const auth = new AuthFlow(page);
    await auth.generateWith({ ...CANARY, clientSecret: 'Wrong+Secret/Value==' });
    const dialog = auth.dialog();
    await expect(dialog.getByRole('alert')).toContainText('Invalid client id or client secret.');
    const explained = dialog.getByTestId('troubleshooting');
    await expect(explained.getByRole('heading')).toHaveText(/Client ID or secret not accepted/);
    await expect(explained).toContainText('Copy the client ID and secret again');
    // The secret typed has + / =: the explorer encodes it, so it says the secret itself is wrong.
    await expect(explained).toContainText('the explorer URL-encodes it for you');
  });
});

test.describe('troubleshooting a rate limit (a second server allowing one token request per client a minute)', () => {
  const throttled = new SecondServer(2, { SANDBOX_TOKEN_RATE_LIMIT_PER_MINUTE: '1' });
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    await throttled.start();
  });
  test.afterAll(async () => {
    await throttled.stop();
  });

  test('429 common/rateLimitExceeded from the token service, explained with its retryDelay', async ({
    page,
  }) => {
    await page.goto(`${throttled.baseUrl}/apis/token/Tokens_CreateClientToken`);
    // Set Authentication uses this client's one token request of the minute…
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    // …and wrong secrets count against their source (not the client, which nobody else may lock
    // out): the first is refused as invalid, the second within the minute is throttled.
    await page
      .getByLabel('Request body')
      .fill(`grant_type=client_credentials&client_id=${DEMO.clientId}&client_secret=not-the-secret`);
    await explorer.send();
    await expect(explorer.status()).toHaveText('400 Bad Request');
    await explorer.send();
    await expect(explorer.status()).toHaveText('429 Too Many Requests');
    const explained = troubleshooting(page);
    await expect(explained.getByRole('heading')).toHaveText(/Rate limited/);
    await expect(explained).toContainText(/Wait \d+ seconds, then send again\./);
    await expect(explained).toContainText('reuse a token for its hour');
  });
});
