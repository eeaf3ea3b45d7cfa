import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { DEMO } from './test-env';

/** The record ids of a SystemLog page, as the UI shows them. */
async function recordIds(explorer: Explorer): Promise<string[]> {
  return (JSON.parse(await explorer.rawBody()) as { Items: { RecordId: string }[] }).Items.map(
    (item) => item.RecordId,
  );
}

test.describe('share links', () => {
  test('a link opened in a fresh browser context fills the form, and after Set Authentication gives the same result', async ({
    page,
    browser,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    await new AuthFlow(page).useDemoClient();
    const explorer = new Explorer(page);
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('4');
    await page.getByLabel('StartDateTime').fill('2000-01-01T00:00:00Z');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const sent = await recordIds(explorer);
    expect(sent).toHaveLength(4);

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const share = page.getByRole('group', { name: 'Share this request' });
    const linkField = share.getByRole('textbox', { name: 'Share link' });
    await expect(linkField).toHaveValue(/#share=[jz]\.[\w-]+$/);
    const link = await linkField.inputValue();
    expect(link.startsWith(`${new URL(page.url()).origin}/apis/systemlog/GetRecords#share=`)).toBe(true);
    expect(link).not.toMatch(/eyJ|Bearer|CwsAuth/);

    await share.getByLabel('Include customer ID').check();
    await expect(linkField).not.toHaveValue(link);
    const withCustomer = await linkField.inputValue();

    // A teammate's browser: nothing in common with the sender's (no cookies, no storage).
    const teammate = await browser.newContext();
    try {
      const other = await teammate.newPage();
      const requested: string[] = [];
      other.on('request', (request) => requested.push(request.url()));
      await other.goto(link);
      await expect(other.getByTestId('prefill-notice')).toContainText('Filled in from a shared link');
      await expect(other.getByLabel('Limit')).toHaveValue('4');
      await expect(other.getByLabel('StartDateTime')).toHaveValue('2000-01-01T00:00:00Z');
      // The customer's header was not shared, and there is no token: the teammate uses their own.
      await expect(other.getByLabel('Citrix-CustomerId')).toHaveValue('');
      await expect(other.getByRole('textbox', { name: 'Authorization', exact: true })).toHaveValue('');
      // The fragment stays in the browser: no request ever carried it.
      expect(requested.some((url) => url.includes('share='))).toBe(false);
      await expect(other).toHaveURL(/\/apis\/systemlog\/GetRecords$/);

      await new AuthFlow(other).useDemoClient();
      await expect(other.getByLabel('Citrix-CustomerId')).toHaveValue(DEMO.customerId);
      const otherExplorer = new Explorer(other);
      await otherExplorer.send();
      await expect(otherExplorer.status()).toHaveText('200 OK');
      expect(await recordIds(otherExplorer)).toEqual(sent);

      // With "Include customer ID" the header comes along, even before authentication.
      const fresh = await teammate.browser()!.newContext();
      try {
        const third = await fresh.newPage();
        await third.goto(withCustomer);
        await expect(third.getByLabel('Limit')).toHaveValue('4');
        await expect(third.getByLabel('Citrix-CustomerId')).toHaveValue(DEMO.customerId);
      } finally {
        await fresh.close();
      }
    } finally {
      await teammate.close();
    }
  });

  test('a damaged link opens the operation with its defaults and says so', async ({ page }) => {
    await page.goto('/apis/systemlog/GetRecords#share=z.not-a-payload');
    await expect(page.getByTestId('prefill-notice')).toContainText('could not be read');
    await expect(page.getByLabel('Limit')).toHaveValue('');
  });
});
